package org.enlace.diagram.layout;

import java.util.List;
import java.util.Map;

/**
 * Works out where boxes go, without touching any model: the diagram's layouts and the new-diagram
 * builder turn the result into one command. Every result starts at ({@link #ORIGIN}, {@link #ORIGIN})
 * and leaves at least {@link #GAP} between any two boxes.
 */
public final class LayoutEngine {

    public static final int ORIGIN = 20;
    public static final int GAP = 10;

    private LayoutEngine() {
    }

    /** The top-left corner of each item (by key), sizes unchanged. */
    public static Map<Object, Placement> place(LayoutKind kind, List<LayoutItem> items, List<LayoutLink> links) {
        LayoutGraph graph = new LayoutGraph(items, links);
        if (!graph.boxes.isEmpty()) {
            switch (kind) {
                case HIERARCHICAL -> HierarchicalLayout.place(graph);
                case ORGANIC -> OrganicLayout.place(graph);
                case TREE -> TreeLayout.place(graph);
            }
            graph.moveTo(ORIGIN);
            Overlaps.separate(graph.boxes, GAP);
        }
        return graph.placements();
    }
}
