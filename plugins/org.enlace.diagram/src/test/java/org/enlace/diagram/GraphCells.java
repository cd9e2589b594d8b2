package org.enlace.diagram;

import java.util.ArrayList;
import java.util.List;

import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.view.mxGraph;

/** The vertices or the edges of a graph, from all its layers, for the tests. */
final class GraphCells {

    private GraphCells() {
    }

    static List<Object> all(mxGraph graph, boolean vertices) {
        mxIGraphModel model = graph.getModel();
        List<Object> cells = new ArrayList<>();
        Object root = model.getRoot();
        for (int i = 0; i < model.getChildCount(root); i++) {
            Object layer = model.getChildAt(root, i);
            for (int j = 0; j < model.getChildCount(layer); j++) {
                Object cell = model.getChildAt(layer, j);
                if (vertices ? model.isVertex(cell) : model.isEdge(cell)) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }
}
