package org.enlace.diagram.style;

/** The outline of a node, with the share of its width a label may use inside it. */
public enum NodeShape {
    RECTANGLE(1.0),
    ROUNDED(1.0),
    HEXAGON(0.8),
    ELLIPSE(0.76),
    DOUBLE_ELLIPSE(0.7);

    private final double textShare;

    NodeShape(double textShare) {
        this.textShare = textShare;
    }

    /** How much of the node's width text can use without crossing the outline. */
    public double textShare() {
        return textShare;
    }
}
