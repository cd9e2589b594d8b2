package org.enlace.diagram.style;

/** How an edge's line is drawn; the pattern is dash and gap lengths at stroke width 1. */
public enum LineDash {
    SOLID(new float[0]),
    DASHED(new float[] {8, 4}),
    DOTTED(new float[] {2, 3}),
    DASH_DOT(new float[] {8, 3, 2, 3});

    private final float[] pattern;

    LineDash(float[] pattern) {
        this.pattern = pattern;
    }

    /** Dash and gap lengths; empty for a solid line. */
    public float[] pattern() {
        return pattern.clone();
    }
}
