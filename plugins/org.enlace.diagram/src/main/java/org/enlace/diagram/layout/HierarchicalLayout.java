package org.enlace.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import javax.swing.SwingConstants;

import com.mxgraph.layout.hierarchical.mxHierarchicalLayout;

/**
 * The plan's structure top to bottom by containment (plan, pillars, goals, targets, indicators),
 * laid out by JGraphX's hierarchical layout, ranks wider than a wide screen folded into rows
 * ({@link RankWrapping}); everything else in columns to its right.
 */
final class HierarchicalLayout {

    static final double RANK_SPACING = 60;
    static final double SIBLING_SPACING = 30;
    static final double TREE_SPACING = 60;

    private HierarchicalLayout() {
    }

    static void place(LayoutGraph graph) {
        List<Box> structure = graph.planStructure();
        placeStructure(graph, structure);
        SideColumns.place(graph.besideThePlan(), structure, graph);
    }

    private static void placeStructure(LayoutGraph graph, List<Box> structure) {
        if (structure.isEmpty()) {
            return;
        }
        ScratchGraph scratch = new ScratchGraph();
        List<Object> roots = new ArrayList<>();
        for (Box box : structure) {
            Object cell = scratch.add(box);
            if (graph.parent(box) == null) {
                roots.add(cell);
            }
        }
        for (Box box : structure) {
            Box parent = graph.parent(box);
            if (parent != null) {
                scratch.connect(parent, box);
            }
        }
        Object parent = scratch.ready();
        mxHierarchicalLayout layout = new mxHierarchicalLayout(scratch.graph, SwingConstants.NORTH);
        layout.setInterRankCellSpacing(RANK_SPACING);
        layout.setIntraCellSpacing(SIBLING_SPACING);
        layout.setInterHierarchySpacing(TREE_SPACING);
        layout.setResizeParent(false);
        // Edges are not part of the result (a diagram's edges are links, not containment): skip routing work.
        layout.setDisableEdgeStyle(true);
        layout.execute(parent, roots);
        scratch.readBack();
        RankWrapping.wrap(structure, RANK_SPACING, SIBLING_SPACING);
    }
}
