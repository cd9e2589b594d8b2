package org.enlace.model.commands;

/**
 * A point in diagram units: an edge's bendpoint, or the offset of a paste. Not
 * {@code java.awt.Point}: the model bundle stays free of AWT.
 */
public record Point(int x, int y) {
}
