package org.enlace.diagram.editor;

import com.mxgraph.util.mxRectangle;
import com.mxgraph.view.mxGraph;

/**
 * The graph of an editor: JGraphX's gesture methods (move, resize, validate a connection, edit a
 * label) are turned into model commands through {@link CellGestures} instead of changing the
 * graph; the projection then updates the cells from the model. Nothing here calls the super
 * methods that would change the graph model.
 */
final class EditorGraph extends mxGraph {

    private CellGestures gestures;

    EditorGraph() {
        setGridEnabled(false);
        setEdgeLabelsMovable(false);
        setVertexLabelsMovable(false);
        setCellsDeletable(false);
        setConnectableEdges(false);
    }

    /** Set once the projection exists: the graph is made before the projection that fills it. */
    void setGestures(CellGestures gestures) {
        this.gestures = gestures;
    }

    CellGestures gestures() {
        return gestures;
    }

    @Override
    public Object[] moveCells(Object[] cells, double dx, double dy, boolean clone, Object target,
            java.awt.Point location) {
        if (gestures != null && cells != null) {
            gestures.move(cells, dx, dy);
        }
        return cells;
    }

    @Override
    public Object[] resizeCells(Object[] cells, mxRectangle[] bounds) {
        if (gestures != null && cells != null) {
            gestures.resize(cells, bounds);
        }
        return cells;
    }

    /** Null when a link may be drawn; the reason when not; empty (no message) when the target is no node. */
    @Override
    public String getEdgeValidationError(Object edge, Object source, Object target) {
        return gestures == null ? "" : gestures.validationError(source, target);
    }

    @Override
    public boolean isCellEditable(Object cell) {
        return gestures != null && gestures.isEditable(cell);
    }

    @Override
    public void cellLabelChanged(Object cell, Object value, boolean autoSize) {
        if (gestures != null) {
            gestures.rename(cell, value == null ? "" : value.toString());
        }
    }

    /** Edges are resized by nobody; vertices only through the resize handles. */
    @Override
    public boolean isCellResizable(Object cell) {
        return getModel().isVertex(cell) && super.isCellResizable(cell);
    }
}
