package org.enlace.diagram.layout;

import java.util.HashMap;
import java.util.Map;

import com.mxgraph.layout.mxFastOrganicLayout;

/**
 * JGraphX's fast organic (force-directed) layout over every box, with containment and links as
 * springs. Boxes start on a spiral so that no two share a coordinate: the algorithm breaks such
 * ties at random, and the same diagram should always get the same layout.
 */
final class OrganicLayout {

    private static final double FORCE = 160;
    private static final double SPIRAL_STEP = 40;

    private OrganicLayout() {
    }

    static void place(LayoutGraph graph) {
        ScratchGraph scratch = new ScratchGraph();
        Map<Box, Integer> indexes = new HashMap<>();
        int index = 0;
        for (Box box : graph.boxes) {
            indexes.put(box, index);
            // Golden-angle spiral: spreads the starting points evenly with distinct x and y.
            double angle = index * 2.399963229728653;
            double radius = SPIRAL_STEP * Math.sqrt(index + 1.0);
            box.x = radius * Math.cos(angle);
            box.y = radius * Math.sin(angle);
            scratch.add(box);
            index++;
        }
        for (Box box : graph.boxes) {
            Box parent = graph.parent(box);
            if (parent != null) {
                scratch.connect(parent, box);
            }
            for (Box neighbour : graph.neighbours(box)) {
                // Each tie once: from the box that comes first.
                if (indexes.get(neighbour) > indexes.get(box)) {
                    scratch.connect(box, neighbour);
                }
            }
        }
        Object parent = scratch.ready();
        mxFastOrganicLayout layout = new mxFastOrganicLayout(scratch.graph);
        layout.setForceConstant(FORCE);
        layout.setDisableEdgeStyle(true);
        layout.setResetEdges(false);
        layout.execute(parent);
        scratch.readBack();
    }
}
