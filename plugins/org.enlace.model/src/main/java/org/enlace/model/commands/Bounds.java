package org.enlace.model.commands;

import org.enlace.model.Node;

/**
 * Where a diagram node lies and how big it is, in diagram units (the model's integers). The model
 * bundle has its own type rather than {@code java.awt.Rectangle}: it stays free of AWT.
 *
 * @param x left edge
 * @param y top edge
 * @param width non-negative width
 * @param height non-negative height
 */
public record Bounds(int x, int y, int width, int height) {

    public Bounds {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + " x " + height);
        }
    }

    /** The bounds a node has now. */
    public static Bounds of(Node node) {
        return new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight());
    }

    /** These bounds moved by {@code dx}, {@code dy}, same size. */
    public Bounds translate(int dx, int dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    /** Whether the two rectangles share some area (touching edges do not count). */
    public boolean overlaps(Bounds other) {
        return x < other.x + other.width && other.x < x + width
                && y < other.y + other.height && other.y < y + height;
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }
}
