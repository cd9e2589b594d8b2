package org.enlace.corpus.internal.importing;

import java.text.BreakIterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.enlace.corpus.extract.Block;
import org.enlace.corpus.extract.BlockKind;
import org.enlace.corpus.extract.ExtractedDocument;

/**
 * Cuts a document into paragraph-sized passages for search and citation. Short paragraphs under
 * the same heading are merged (a one-line list item means little alone), long ones are cut at
 * sentence ends, and each passage remembers the headings above it. A heading with nothing under
 * it becomes a passage itself, since plan goals are often written as headings.
 */
public final class PassageSplitter {

    static final String HEADING_SEPARATOR = " › ";

    private final int minChars;
    private final int maxChars;

    /** Passages of roughly 300 to 1,200 characters: a paragraph or two of a plan. */
    public PassageSplitter() {
        this(300, 1_200);
    }

    public PassageSplitter(int minChars, int maxChars) {
        if (minChars < 1 || maxChars < minChars * 2) {
            throw new IllegalArgumentException("need 1 <= minChars and maxChars >= 2 * minChars");
        }
        this.minChars = minChars;
        this.maxChars = maxChars;
    }

    public List<PassageSpan> split(ExtractedDocument document, Locale language) {
        List<PassageSpan> passages = new ArrayList<>();
        Deque<Block> headings = new ArrayDeque<>();
        String text = document.text();
        int pendingStart = -1;
        int pendingEnd = -1;
        boolean headingHasBody = true;
        Block lastHeading = null;
        for (Block block : document.blocks()) {
            if (block.kind() == BlockKind.HEADING) {
                if (pendingStart >= 0) {
                    emit(passages, document, pendingStart, pendingEnd, headings, language);
                    pendingStart = -1;
                }
                // A heading followed by a deeper one has a body: its subsections.
                if (!headingHasBody && block.level() <= lastHeading.level()) {
                    emitHeadingAlone(passages, document, lastHeading, headings);
                }
                while (!headings.isEmpty() && headings.peekLast().level() >= block.level()) {
                    headings.removeLast();
                }
                headings.addLast(block);
                lastHeading = block;
                headingHasBody = false;
                continue;
            }
            headingHasBody = true;
            if (pendingStart < 0) {
                pendingStart = block.start();
            }
            pendingEnd = block.end();
            if (pendingEnd - pendingStart >= minChars) {
                emit(passages, document, pendingStart, pendingEnd, headings, language);
                pendingStart = -1;
            }
        }
        if (pendingStart >= 0) {
            emit(passages, document, pendingStart, pendingEnd, headings, language);
        }
        if (!headingHasBody) {
            emitHeadingAlone(passages, document, lastHeading, headings);
        }
        return passages;
    }

    private void emitHeadingAlone(List<PassageSpan> passages, ExtractedDocument document, Block heading,
            Deque<Block> headings) {
        List<Block> above = new ArrayList<>(headings);
        above.remove(above.size() - 1);
        passages.add(new PassageSpan(heading.start(), heading.end(), document.pageOf(heading.start()),
                headingPath(document.text(), above)));
    }

    private void emit(List<PassageSpan> passages, ExtractedDocument document, int start, int end,
            Deque<Block> headings, Locale language) {
        String heading = headingPath(document.text(), headings);
        if (end - start <= maxChars) {
            passages.add(new PassageSpan(start, end, document.pageOf(start), heading));
            return;
        }
        for (int[] piece : cut(document.text(), start, end, language)) {
            passages.add(new PassageSpan(piece[0], piece[1], document.pageOf(piece[0]), heading));
        }
    }

    /** Cuts {@code [start, end)} into pieces of at most maxChars, at sentence ends when possible. */
    private List<int[]> cut(String text, int start, int end, Locale language) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(language);
        sentences.setText(text.substring(start, end));
        List<int[]> pieces = new ArrayList<>();
        int pieceStart = start;
        int lastBoundary = start;
        for (int boundary = sentences.next(); boundary != BreakIterator.DONE; boundary = sentences.next()) {
            int absolute = start + boundary;
            if (absolute - pieceStart > maxChars && lastBoundary > pieceStart) {
                pieces.add(trimmed(text, pieceStart, lastBoundary));
                pieceStart = lastBoundary;
            }
            while (absolute - pieceStart > maxChars) {
                int cutAt = wordBoundaryBefore(text, pieceStart, pieceStart + maxChars);
                pieces.add(trimmed(text, pieceStart, cutAt));
                pieceStart = skipSpaces(text, cutAt, end);
            }
            lastBoundary = absolute;
        }
        if (pieceStart < end) {
            pieces.add(trimmed(text, pieceStart, end));
        }
        pieces.removeIf(piece -> piece[1] <= piece[0]);
        return pieces;
    }

    private static int wordBoundaryBefore(String text, int from, int limit) {
        for (int i = limit; i > from + 1; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return limit;
    }

    private static int skipSpaces(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int[] trimmed(String text, int start, int end) {
        int s = skipSpaces(text, start, end);
        int e = end;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    private static String headingPath(String text, Iterable<Block> headings) {
        StringBuilder path = new StringBuilder();
        for (Block heading : headings) {
            if (!path.isEmpty()) {
                path.append(HEADING_SEPARATOR);
            }
            path.append(text, heading.start(), heading.end());
        }
        return path.toString();
    }
}
