package org.enlace.corpus.detect.sdg;

/** A clause that fired, with the character range {@code [start, end)} of the words it matched. */
public record SdgClauseHit(int goal, String label, int start, int end) {
}
