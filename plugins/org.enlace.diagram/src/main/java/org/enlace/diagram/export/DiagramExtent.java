package org.enlace.diagram.export;

import com.mxgraph.model.mxGeometry;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.util.mxPoint;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.view.mxGraph;

/**
 * The area a diagram's picture covers: every visible vertex and bendpoint (a view filter's hidden
 * shapes do not count), plus a margin. Worked out from the cells' geometry rather than from what
 * JGraphX paints, so that the image size follows from the model's numbers alone.
 */
final class DiagramExtent {

    private static final int MARGIN = DiagramExport.MARGIN;

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    private DiagramExtent(double minX, double minY, double maxX, double maxY) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
    }

    static DiagramExtent of(mxGraph graph) {
        mxIGraphModel model = graph.getModel();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        Object root = model.getRoot();
        for (int i = 0; i < model.getChildCount(root); i++) {
            Object layer = model.getChildAt(root, i);
            for (int j = 0; j < model.getChildCount(layer); j++) {
                include(box, model, model.getChildAt(layer, j));
            }
        }
        if (box[0] > box[2]) {
            return new DiagramExtent(0, 0, 0, 0);
        }
        return new DiagramExtent(box[0], box[1], box[2], box[3]);
    }

    private static void include(double[] box, mxIGraphModel model, Object cell) {
        mxGeometry geometry = model.getGeometry(cell);
        if (geometry == null || !model.isVisible(cell)) {
            return;
        }
        if (model.isVertex(cell)) {
            grow(box, geometry.getX(), geometry.getY());
            grow(box, geometry.getX() + geometry.getWidth(), geometry.getY() + geometry.getHeight());
        } else if (model.isEdge(cell) && geometry.getPoints() != null) {
            for (mxPoint point : geometry.getPoints()) {
                grow(box, point.getX(), point.getY());
            }
        }
    }

    private static void grow(double[] box, double x, double y) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
    }

    /** Width of the area, margins included, in diagram units. */
    double width() {
        return maxX - minX + 2 * MARGIN;
    }

    double height() {
        return maxY - minY + 2 * MARGIN;
    }

    /** The painted area in the scaled coordinates JGraphX draws in, {@code size} pixels large. */
    mxRectangle clip(double scale, ImageSize size) {
        return new mxRectangle(Math.floor((minX - MARGIN) * scale), Math.floor((minY - MARGIN) * scale),
                size.width(), size.height());
    }
}
