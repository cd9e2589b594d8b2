package org.enlace.diagram.layout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mxgraph.layout.mxCompactTreeLayout;

/**
 * A compact tree from left to right, by JGraphX's compact tree layout. The plan's containment
 * gives the tree; every other box hangs from the first box it is linked to, found breadth-first
 * from the plan, and boxes tied to nothing hang from an invisible root that joins all trees.
 */
final class TreeLayout {

    /** Room between levels for the label of a link between them. */
    static final int LEVEL_DISTANCE = 110;
    static final int NODE_DISTANCE = 16;

    private TreeLayout() {
    }

    static void place(LayoutGraph graph) {
        Map<Box, Box> parents = treeParents(graph);
        ScratchGraph scratch = new ScratchGraph();
        Box root = new Box(new LayoutItem(TreeLayout.class, null, 1, 1));
        Object rootCell = scratch.add(root);
        graph.boxes.forEach(scratch::add);
        for (Box box : graph.boxes) {
            scratch.connect(parents.getOrDefault(box, root), box);
        }
        Object parent = scratch.ready();
        mxCompactTreeLayout layout = new mxCompactTreeLayout(scratch.graph, true);
        layout.setLevelDistance(LEVEL_DISTANCE);
        layout.setNodeDistance(NODE_DISTANCE);
        layout.setResizeParent(false);
        layout.setEdgeRouting(false);
        layout.execute(parent, rootCell);
        scratch.readBack();
    }

    /** Each box's parent in the tree; roots (plans, unlinked boxes) have none. */
    private static Map<Box, Box> treeParents(LayoutGraph graph) {
        Map<Box, Box> parents = new HashMap<>();
        Set<Box> reached = new LinkedHashSet<>();
        Deque<Box> queue = new ArrayDeque<>();
        List<Box> structure = graph.planStructure();
        for (Box box : structure) {
            Box parent = graph.parent(box);
            if (parent != null) {
                parents.put(box, parent);
            }
            reached.add(box);
            queue.add(box);
        }
        spread(graph, queue, reached, parents);
        // Side boxes linked only among themselves: the first of each group is its root.
        for (Box box : graph.boxes) {
            if (reached.add(box)) {
                queue.add(box);
                spread(graph, queue, reached, parents);
            }
        }
        return parents;
    }

    /** Breadth-first from the queued boxes: each box not yet reached hangs from the box it was reached from. */
    private static void spread(LayoutGraph graph, Deque<Box> queue, Set<Box> reached, Map<Box, Box> parents) {
        while (!queue.isEmpty()) {
            Box box = queue.poll();
            for (Box neighbour : graph.neighbours(box)) {
                if (reached.add(neighbour)) {
                    parents.put(neighbour, box);
                    queue.add(neighbour);
                }
            }
        }
    }
}
