package org.enlace.diagram.style;

/** The end of an edge at its target. */
public enum ArrowHead {
    CLASSIC,
    BLOCK,
    OPEN,
    DIAMOND,
    OVAL
}
