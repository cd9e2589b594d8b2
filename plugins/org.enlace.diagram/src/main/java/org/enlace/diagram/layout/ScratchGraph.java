package org.enlace.diagram.layout;

import java.util.HashMap;
import java.util.Map;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.view.mxGraph;

/**
 * A throw-away JGraphX graph that a layout algorithm runs on: one vertex per box, the edges the
 * algorithm should respect. The results are read back into the boxes; the graph is then dropped,
 * so nothing of JGraphX outlives the layout.
 */
final class ScratchGraph {

    final mxGraph graph = new mxGraph();
    private final Map<Box, mxCell> cells = new HashMap<>();
    private final mxIGraphModel model = graph.getModel();
    private final Object parent = graph.getDefaultParent();

    ScratchGraph() {
        model.beginUpdate();
    }

    Object add(Box box) {
        mxCell cell = new mxCell(null, new mxGeometry(box.x, box.y, box.width, box.height), null);
        cell.setVertex(true);
        model.add(parent, cell, model.getChildCount(parent));
        cells.put(box, cell);
        return cell;
    }

    Object cell(Box box) {
        return cells.get(box);
    }

    void connect(Box from, Box to) {
        mxCell edge = new mxCell(null, new mxGeometry(), null);
        edge.setEdge(true);
        edge.getGeometry().setRelative(true);
        model.add(parent, edge, model.getChildCount(parent));
        model.setTerminal(edge, cells.get(from), true);
        model.setTerminal(edge, cells.get(to), false);
    }

    /** Ends the building of the graph; call before running a layout on it. */
    Object ready() {
        model.endUpdate();
        return parent;
    }

    /** Copies the positions the layout gave the vertices back into their boxes. */
    void readBack() {
        for (Map.Entry<Box, mxCell> entry : cells.entrySet()) {
            mxGeometry geometry = model.getGeometry(entry.getValue());
            entry.getKey().x = geometry.getX();
            entry.getKey().y = geometry.getY();
        }
    }
}
