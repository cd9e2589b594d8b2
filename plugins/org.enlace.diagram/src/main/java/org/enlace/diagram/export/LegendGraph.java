package org.enlace.diagram.export;

import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.Map;

import org.enlace.diagram.CellStyles;
import org.enlace.diagram.style.Legend;
import org.enlace.diagram.style.LabelWrapper;
import org.enlace.diagram.style.NodeLabels;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.util.mxConstants;
import com.mxgraph.view.mxGraph;

/**
 * A legend drawn as a small JGraphX graph of its own, so that the PNG and the SVG draw it with the
 * same shapes and lines as the diagram: a white frame with the title, then one row per look, a
 * sample and its name.
 */
final class LegendGraph {

    static final int PADDING = 10;
    static final int ROW = 24;
    static final int SAMPLE_WIDTH = 44;
    static final int SAMPLE_HEIGHT = 18;
    private static final int TEXT_GAP = 8;

    final mxGraph graph = new mxGraph();
    final int width;
    final int height;
    private final mxIGraphModel model = graph.getModel();
    private final Object parent = graph.getDefaultParent();

    LegendGraph(Legend legend) {
        LabelWrapper bold = new LabelWrapper(new Font(NodeLabels.FONT_FAMILY, Font.BOLD, NodeLabels.FONT_SIZE));
        LabelWrapper plain = new LabelWrapper(new Font(NodeLabels.FONT_FAMILY, Font.PLAIN, NodeLabels.FONT_SIZE));
        double textWidth = bold.widthOf(legend.title()) - SAMPLE_WIDTH - TEXT_GAP;
        for (Legend.NodeEntry entry : legend.nodes()) {
            textWidth = Math.max(textWidth, plain.widthOf(entry.name()));
        }
        for (Legend.EdgeEntry entry : legend.edges()) {
            textWidth = Math.max(textWidth, plain.widthOf(entry.name()));
        }
        int textColumn = (int) Math.ceil(textWidth) + 2 * mxConstants.LABEL_INSET;
        this.width = 2 * PADDING + SAMPLE_WIDTH + TEXT_GAP + textColumn;
        this.height = 2 * PADDING + ROW * (1 + legend.nodes().size() + legend.edges().size());
        build(legend, textColumn);
    }

    private void build(Legend legend, int textColumn) {
        graph.getStylesheet().putCellStyle("frame", Map.of(mxConstants.STYLE_FILLCOLOR, "#FFFFFF",
                mxConstants.STYLE_STROKECOLOR, "#A6A6A6"));
        graph.getStylesheet().putCellStyle("text", text(false));
        graph.getStylesheet().putCellStyle("title", text(true));
        graph.getStylesheet().putCellStyle("end", Map.of(mxConstants.STYLE_FILLCOLOR, mxConstants.NONE,
                mxConstants.STYLE_STROKECOLOR, mxConstants.NONE));
        model.beginUpdate();
        try {
            vertex(null, 0, 0, width, height, "frame");
            vertex(legend.title(), PADDING, PADDING, width - 2 * PADDING, ROW, "title");
            int y = PADDING + ROW;
            int textX = PADDING + SAMPLE_WIDTH + TEXT_GAP;
            for (Legend.NodeEntry entry : legend.nodes()) {
                String style = "node" + y;
                graph.getStylesheet().putCellStyle(style, CellStyles.nodeStyle(entry.look()));
                vertex(null, PADDING, y + (ROW - SAMPLE_HEIGHT) / 2, SAMPLE_WIDTH, SAMPLE_HEIGHT, style);
                vertex(entry.name(), textX, y, textColumn, ROW, "text");
                y += ROW;
            }
            for (Legend.EdgeEntry entry : legend.edges()) {
                String style = "edge" + y;
                graph.getStylesheet().putCellStyle(style, CellStyles.edgeStyle(entry.look()));
                Object from = vertex(null, PADDING, y + ROW / 2, 1, 1, "end");
                Object to = vertex(null, PADDING + SAMPLE_WIDTH - 1, y + ROW / 2, 1, 1, "end");
                mxGeometry geometry = new mxGeometry();
                geometry.setRelative(true);
                mxCell edge = new mxCell(null, geometry, style);
                edge.setEdge(true);
                model.add(parent, edge, model.getChildCount(parent));
                model.setTerminal(edge, from, true);
                model.setTerminal(edge, to, false);
                vertex(entry.name(), textX, y, textColumn, ROW, "text");
                y += ROW;
            }
        } finally {
            model.endUpdate();
        }
    }

    private Object vertex(String label, int x, int y, int w, int h, String style) {
        mxCell cell = new mxCell(label, new mxGeometry(x, y, w, h), style);
        cell.setVertex(true);
        model.add(parent, cell, model.getChildCount(parent));
        return cell;
    }

    private static Map<String, Object> text(boolean bold) {
        Map<String, Object> style = new LinkedHashMap<>();
        style.put(mxConstants.STYLE_FILLCOLOR, mxConstants.NONE);
        style.put(mxConstants.STYLE_STROKECOLOR, mxConstants.NONE);
        style.put(mxConstants.STYLE_ALIGN, mxConstants.ALIGN_LEFT);
        style.put(mxConstants.STYLE_VERTICAL_ALIGN, mxConstants.ALIGN_MIDDLE);
        style.put(mxConstants.STYLE_FONTFAMILY, NodeLabels.FONT_FAMILY);
        style.put(mxConstants.STYLE_FONTSIZE, String.valueOf(NodeLabels.FONT_SIZE));
        style.put(mxConstants.STYLE_FONTCOLOR, "#1A1A1A");
        style.put(mxConstants.STYLE_FONTSTYLE, String.valueOf(bold ? mxConstants.FONT_BOLD : 0));
        return style;
    }
}
