package org.enlace.diagram.editor;

import java.util.ArrayList;
import java.util.List;

import com.mxgraph.model.mxGeometry;
import com.mxgraph.swing.handler.mxEdgeHandler;
import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.util.mxPoint;
import com.mxgraph.view.mxCellState;

/**
 * The handles of a selected edge: dragging a bendpoint reroutes the edge through a model command
 * instead of changing the cell's geometry. Ends cannot be dragged to other nodes (the projection
 * makes edges undisconnectable): a link's ends are what it means.
 */
final class BendHandler extends mxEdgeHandler {

    private final CellGestures gestures;

    BendHandler(mxGraphComponent component, mxCellState state, CellGestures gestures) {
        super(component, state);
        this.gestures = gestures;
    }

    @Override
    protected void movePoint(Object edge, int pointIndex, mxPoint point) {
        if (isSource(index) || isTarget(index)) {
            return;
        }
        mxGeometry geometry = graphComponent.getGraph().getModel().getGeometry(edge);
        List<mxPoint> points = new ArrayList<>();
        if (geometry != null && geometry.getPoints() != null) {
            geometry.getPoints().forEach(p -> points.add(new mxPoint(p)));
        }
        if (pointIndex - 1 < points.size()) {
            points.set(pointIndex - 1, point);
        } else {
            points.add(point);
        }
        gestures.bend(edge, points);
    }

    @Override
    protected void connect(Object edge, Object terminal, boolean isSource, boolean isClone) {
        // A link's ends are what it means: reconnecting is deleting and drawing anew.
    }
}
