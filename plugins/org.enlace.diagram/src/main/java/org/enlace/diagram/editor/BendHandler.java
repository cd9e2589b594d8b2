package org.enlace.diagram.editor;

import java.awt.Color;
import java.awt.Point;
import java.util.ArrayList;
import java.util.List;

import com.mxgraph.model.mxGeometry;
import com.mxgraph.swing.handler.mxEdgeHandler;
import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.util.mxPoint;
import com.mxgraph.view.mxCellState;

/**
 * The handles of a selected edge: dragging a bendpoint reroutes the edge through a model command
 * instead of changing the cell's geometry, and a hollow handle in the middle of each segment adds
 * a bendpoint where it is dropped (JGraphX's Swing handler had no way to bend a straight edge).
 * Ends cannot be dragged to other nodes (the projection makes edges undisconnectable): a link's
 * ends are what it means.
 */
final class BendHandler extends mxEdgeHandler {

    private final CellGestures gestures;

    BendHandler(mxGraphComponent component, mxCellState state, CellGestures gestures) {
        super(component, state);
        this.gestures = gestures;
    }

    /**
     * The edge's points, source first and target last, with the middle of each segment between
     * them: even handles are the edge's own points, odd ones add a bendpoint.
     */
    @Override
    protected Point[] createPoints(mxCellState edgeState) {
        Point[] own = super.createPoints(edgeState);
        if (own.length < 2) {
            return own;
        }
        Point[] all = new Point[2 * own.length - 1];
        for (int i = 0; i < own.length; i++) {
            all[2 * i] = own[i];
            if (i + 1 < own.length) {
                all[2 * i + 1] = new Point((own[i].x + own[i + 1].x) / 2, (own[i].y + own[i + 1].y) / 2);
            }
        }
        return all;
    }

    /** A segment's middle handle is hollow: it is not a point of the edge yet. */
    @Override
    protected Color getHandleFillColor(int handle) {
        return isSegmentMiddle(handle) ? Color.WHITE : super.getHandleFillColor(handle);
    }

    @Override
    protected void movePoint(Object edge, int pointIndex, mxPoint point) {
        if (isSource(pointIndex) || isTarget(pointIndex)) {
            return;
        }
        mxGeometry geometry = graphComponent.getGraph().getModel().getGeometry(edge);
        List<mxPoint> points = new ArrayList<>();
        if (geometry != null && geometry.getPoints() != null) {
            geometry.getPoints().forEach(p -> points.add(new mxPoint(p)));
        }
        // Handle 2k is the edge's k-th point (0 the source, so bendpoint k - 1); handle 2k + 1 lies
        // between points k and k + 1, and becomes bendpoint k.
        int bendpoint = pointIndex / 2;
        if (isSegmentMiddle(pointIndex)) {
            points.add(Math.min(bendpoint, points.size()), point);
        } else if (bendpoint - 1 < points.size()) {
            points.set(bendpoint - 1, point);
        }
        gestures.bend(edge, points);
    }

    private boolean isSegmentMiddle(int handle) {
        return handle % 2 == 1 && !isLabel(handle);
    }

    @Override
    protected void connect(Object edge, Object terminal, boolean isSource, boolean isClone) {
        // A link's ends are what it means: reconnecting is deleting and drawing anew.
    }
}
