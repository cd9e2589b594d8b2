package org.enlace.corpus.internal.index;

import java.util.ArrayList;
import java.util.List;

import org.enlace.corpus.search.Mark;

/**
 * Cuts the plain-text snippet of a hit: the window of at most {@link #MAX_CHARS} characters of
 * the passage holding the most matches, cut at whole words, runs of white space (line breaks from
 * the PDF) shown as one space, {@code …} where text was left out, and the marks moved into it.
 */
public final class Snippets {

    public static final int MAX_CHARS = 300;
    static final String ELLIPSIS = "…";

    private Snippets() {
    }

    /** A snippet and its marks. */
    public record Snippet(String text, List<Mark> marks) {
    }

    /** {@code matches}: {@code [start, end)} in {@code text}, sorted by start, possibly overlapping. */
    public static Snippet of(String text, List<int[]> matches) {
        List<int[]> marks = merge(matches, text.length());
        int[] window = window(text, marks);
        return render(text, window[0], window[1], marks);
    }

    /** Overlapping or duplicate ranges (the same word matched in two fields) become one. */
    private static List<int[]> merge(List<int[]> matches, int length) {
        List<int[]> merged = new ArrayList<>();
        for (int[] match : matches) {
            int start = Math.max(0, match[0]);
            int end = Math.min(length, match[1]);
            if (end <= start) {
                continue;
            }
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && start < last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                merged.add(new int[] {start, end});
            }
        }
        return merged;
    }

    /** {@code [start, end)} of the text to show. */
    private static int[] window(String text, List<int[]> marks) {
        int length = text.length();
        if (length <= MAX_CHARS) {
            return new int[] {0, length};
        }
        if (marks.isEmpty()) {
            return new int[] {0, wordEndBefore(text, MAX_CHARS, 0)};
        }
        int[] cluster = densestCluster(marks);
        int spanStart = marks.get(cluster[0])[0];
        int spanEnd = marks.get(cluster[1])[1];
        // A third of the spare room before the matches, the rest after: text reads forward.
        int start = Math.max(0, spanStart - (MAX_CHARS - (spanEnd - spanStart)) / 3);
        int end = Math.min(length, start + MAX_CHARS);
        start = Math.max(0, end - MAX_CHARS);
        if (start > 0) {
            start = wordStartAfter(text, start, spanStart);
        }
        if (end < length) {
            end = wordEndBefore(text, end, spanEnd);
        }
        return new int[] {start, end};
    }

    /** Indexes of the first and last mark of the run of marks that fits in the window with the most marks. */
    private static int[] densestCluster(List<int[]> marks) {
        int bestFirst = 0;
        int bestLast = 0;
        int last = 0;
        for (int first = 0; first < marks.size(); first++) {
            last = Math.max(last, first);
            while (last + 1 < marks.size() && marks.get(last + 1)[1] - marks.get(first)[0] <= MAX_CHARS) {
                last++;
            }
            if (last - first > bestLast - bestFirst) {
                bestFirst = first;
                bestLast = last;
            }
        }
        return new int[] {bestFirst, bestLast};
    }

    /** {@code at} or the start of the next word, never past {@code limit}. */
    private static int wordStartAfter(String text, int at, int limit) {
        if (Character.isWhitespace(text.charAt(at - 1))) {
            return at;
        }
        int i = at;
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < limit ? i + 1 : limit;
    }

    /** {@code at} or the end of the previous word, never before {@code limit}; a hard cut in one endless word. */
    private static int wordEndBefore(String text, int at, int limit) {
        if (Character.isWhitespace(text.charAt(at))) {
            return at;
        }
        int i = at;
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > limit ? i - 1 : limit > 0 ? limit : at;
    }

    private static Snippet render(String text, int start, int end, List<int[]> marks) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // Only text left out earns an ellipsis, not trimmed white space.
        boolean cutBefore = !text.substring(0, start).isBlank();
        boolean cutAfter = !text.substring(end).isBlank();
        StringBuilder out = new StringBuilder();
        if (cutBefore) {
            out.append(ELLIPSIS);
        }
        // Where each character of the window lands in the snippet, white space runs collapsed.
        int[] position = new int[end - start + 1];
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            position[i - start] = out.length();
            if (!space) {
                out.append(text.charAt(i));
            } else if (!Character.isWhitespace(text.charAt(i - 1))) {
                out.append(' ');
            }
        }
        position[end - start] = out.length();
        if (cutAfter) {
            out.append(ELLIPSIS);
        }
        List<Mark> shown = new ArrayList<>();
        for (int[] mark : marks) {
            if (mark[0] >= start && mark[1] <= end) {
                shown.add(new Mark(position[mark[0] - start], position[mark[1] - 1 - start] + 1));
            }
        }
        return new Snippet(out.toString(), shown);
    }
}
