package org.enlace.corpus.internal.detect.sdg;

/** Words {@code first..last} (inclusive) of a {@link FoldedTokens}. */
public record Span(int first, int last) {

    static Span cover(Span a, Span b) {
        return new Span(Math.min(a.first, b.first), Math.max(a.last, b.last));
    }

    /** Words strictly between the two spans; 0 when they touch or overlap. */
    static int gap(Span a, Span b) {
        if (a.last < b.first) {
            return b.first - a.last - 1;
        }
        return b.last < a.first ? a.first - b.last - 1 : 0;
    }
}
