package org.enlace.corpus.search;

/**
 * A matched word (or span) inside a snippet, as character offsets {@code [start, end)}.
 *
 * @param start offset of the first marked character in the snippet
 * @param end offset just after the last marked character
 */
public record Mark(int start, int end) {

    public Mark {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mark [" + start + ", " + end + ")");
        }
    }
}
