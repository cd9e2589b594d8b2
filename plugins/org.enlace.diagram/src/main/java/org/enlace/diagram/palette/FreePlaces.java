package org.enlace.diagram.palette;

import java.util.ArrayList;
import java.util.List;

import org.enlace.diagram.style.NodeSizes;
import org.enlace.model.Diagram;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;

/**
 * Where new nodes go when the analyst did not point at a place: in a row under everything the
 * diagram shows, from its left edge, so they never cover a node already drawn.
 */
public final class FreePlaces {

    /** Space between the row and the nodes above it, and between nodes of the row. */
    static final int GAP = 40;
    /** Where the first node of an empty diagram goes. */
    static final int MARGIN = 40;

    private FreePlaces() {
    }

    /** Bounds for new nodes of the given sizes, left to right, under the diagram's lowest node. */
    public static List<Bounds> rowBelow(Diagram diagram, List<NodeSizes.Size> sizes) {
        int x = MARGIN;
        int y = MARGIN;
        if (!diagram.getNodes().isEmpty()) {
            x = Integer.MAX_VALUE;
            y = Integer.MIN_VALUE;
            for (Node node : diagram.getNodes()) {
                x = Math.min(x, node.getX());
                y = Math.max(y, node.getY() + node.getHeight() + GAP);
            }
        }
        List<Bounds> row = new ArrayList<>();
        for (NodeSizes.Size size : sizes) {
            row.add(new Bounds(x, y, size.width(), size.height()));
            x += size.width() + GAP / 2;
        }
        return row;
    }
}
