package org.enlace.diagram.style;

import java.awt.Color;

/**
 * How a node is drawn: outline, colours, stroke, and whether its label is bold. The same value
 * feeds the graph's style, the legend and the exports.
 */
public record NodeLook(NodeShape shape, Color fill, Color stroke, Color font, float strokeWidth, boolean dashed,
        boolean bold) {

    /** The same look with another outline colour and width (used to mark migration-relevant SDG targets). */
    public NodeLook withStroke(Color newStroke, float newWidth) {
        return new NodeLook(shape, fill, newStroke, font, newWidth, dashed, bold);
    }
}
