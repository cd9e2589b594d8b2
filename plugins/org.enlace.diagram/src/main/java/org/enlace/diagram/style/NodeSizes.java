package org.enlace.diagram.style;

/**
 * Node sizes: what a new node of each kind gets, and what a node whose file leaves its width or
 * height at zero is drawn and laid out with.
 */
public final class NodeSizes {

    public static final int DEFAULT_WIDTH = 180;
    public static final int DEFAULT_HEIGHT = 60;

    /** A node's width and height, in diagram units. */
    public record Size(int width, int height) {
    }

    private NodeSizes() {
    }

    /** The width a node is drawn with: its own, or the default when it has none. */
    public static int width(int modelWidth) {
        return modelWidth > 0 ? modelWidth : DEFAULT_WIDTH;
    }

    public static int height(int modelHeight) {
        return modelHeight > 0 ? modelHeight : DEFAULT_HEIGHT;
    }

    /** The width of a new node: plans and pillars, which head the layouts, a little wider. */
    public static int newWidth(ElementKind kind) {
        return switch (kind) {
            case PLAN -> 240;
            case PILLAR -> 210;
            default -> DEFAULT_WIDTH;
        };
    }
}
