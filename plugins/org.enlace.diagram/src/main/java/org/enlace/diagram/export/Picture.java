package org.enlace.diagram.export;

import java.util.HashSet;
import java.util.Set;

import org.enlace.diagram.DiagramProjection;
import org.enlace.diagram.style.Legend;
import org.enlace.model.Edge;
import org.enlace.model.Identified;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;

import com.mxgraph.canvas.mxICanvas;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.util.mxCellRenderer;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.view.mxGraph;

/**
 * What an export draws: what the view shows of the diagram (shapes a view filter hides are left
 * out, and do not widen the picture), within its area (nodes, bendpoints, margins), and, when
 * asked, the legend of what is drawn, to its right, top-aligned, in the model's language. A
 * command-line render has no filters, so it draws the whole diagram.
 */
final class Picture {

    private final mxGraph graph;
    private final DiagramExtent extent;
    private final LegendGraph legend;

    private Picture(mxGraph graph, DiagramExtent extent, LegendGraph legend) {
        this.graph = graph;
        this.extent = extent;
        this.legend = legend;
    }

    static Picture of(DiagramProjection projection, boolean withLegend) {
        mxGraph graph = projection.graph();
        return new Picture(graph, DiagramExtent.of(graph), withLegend ? new LegendGraph(legendOf(projection)) : null);
    }

    private static Legend legendOf(DiagramProjection projection) {
        mxIGraphModel model = projection.graph().getModel();
        Set<Identified> elements = new HashSet<>();
        for (Node node : projection.diagram().getNodes()) {
            if (model.isVisible(projection.cellOf(node))) {
                elements.add(node.getElement());
            }
        }
        Set<LinkKind> kinds = new HashSet<>();
        for (Edge edge : projection.diagram().getEdges()) {
            if (edge.getLink() != null && model.isVisible(projection.cellOf(edge))) {
                kinds.add(edge.getLink().getKind());
            }
        }
        return projection.styles().legendOf(elements, kinds);
    }

    ImageSize size(double scale) {
        double width = extent.width() + (legend == null ? 0 : legend.width + DiagramExport.MARGIN);
        double height = Math.max(extent.height(), legend == null ? 0 : legend.height + 2.0 * DiagramExport.MARGIN);
        return new ImageSize((int) Math.ceil(width * scale), (int) Math.ceil(height * scale));
    }

    /** Draws the diagram, then the legend, onto {@code canvas}, which is {@link #size} large. */
    <C extends mxICanvas> C paint(double scale, C canvas) {
        ImageSize size = size(scale);
        mxCellRenderer.CanvasFactory sameCanvas = new mxCellRenderer.CanvasFactory() {
            @Override
            public mxICanvas createCanvas(int width, int height) {
                return canvas;
            }
        };
        mxCellRenderer.drawCells(graph, null, scale, extent.clip(scale, size), sameCanvas);
        if (legend != null) {
            // JGraphX draws a clip's top-left corner at the canvas origin: a negative corner moves the legend.
            mxRectangle place = new mxRectangle(-Math.floor(extent.width() * scale),
                    -Math.floor(DiagramExport.MARGIN * scale), size.width(), size.height());
            mxCellRenderer.drawCells(legend.graph, null, scale, place, sameCanvas);
        }
        return canvas;
    }
}
