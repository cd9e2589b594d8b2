package org.enlace.diagram.style;

import java.awt.Color;

/** How an edge is drawn: colour, width, dash and the arrow at its target. */
public record EdgeLook(Color stroke, float strokeWidth, LineDash dash, ArrowHead arrow) {
}
