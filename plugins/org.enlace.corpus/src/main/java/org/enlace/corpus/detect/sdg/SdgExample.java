package org.enlace.corpus.detect.sdg;

/** One labelled decision: is {@code text} about SDG {@code sdg} (1 to 17)? */
public record SdgExample(String text, int sdg, boolean label) {
}
