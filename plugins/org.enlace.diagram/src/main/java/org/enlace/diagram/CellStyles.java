package org.enlace.diagram;

import java.awt.Color;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.enlace.diagram.style.ArrowHead;
import org.enlace.diagram.style.EdgeLook;
import org.enlace.diagram.style.NodeLabels;
import org.enlace.diagram.style.NodeLook;

import com.mxgraph.util.mxConstants;
import com.mxgraph.view.mxStylesheet;

/**
 * Turns looks into JGraphX styles: each distinct look becomes one named style of the graph's
 * stylesheet, so thousands of cells share a few style maps; a node's or edge's own overrides
 * (its {@code style} attribute in the model) follow the name. The style maps themselves are
 * public, for whatever else draws looks with JGraphX: the exports' legend, an editor's palette.
 */
public final class CellStyles {

    /**
     * The keys a model's {@code style} attribute may set: looks only. Anything else in the file is
     * ignored, so a shared model cannot reach into the editor's behaviour.
     */
    static final Set<String> OVERRIDABLE = Set.of(mxConstants.STYLE_FILLCOLOR, mxConstants.STYLE_STROKECOLOR,
            mxConstants.STYLE_FONTCOLOR, mxConstants.STYLE_STROKEWIDTH, mxConstants.STYLE_DASHED);

    private final mxStylesheet stylesheet;
    private final Map<Object, String> names = new HashMap<>();

    CellStyles(mxStylesheet stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The cell style of a node: its look's named style, then the node's own overrides. */
    String node(NodeLook look, String overrides) {
        String name = names.computeIfAbsent(look, key -> register("node" + names.size(), nodeStyle(look)));
        return name + overrides(overrides);
    }

    String edge(EdgeLook look, String overrides) {
        String name = names.computeIfAbsent(look, key -> register("edge" + names.size(), edgeStyle(look)));
        return name + overrides(overrides);
    }

    private String register(String name, Map<String, Object> style) {
        stylesheet.putCellStyle(name, style);
        return name;
    }

    /** The JGraphX style map (keys of {@code mxConstants}) that draws a node with this look. */
    public static Map<String, Object> nodeStyle(NodeLook look) {
        Map<String, Object> style = new LinkedHashMap<>();
        switch (look.shape()) {
            case RECTANGLE -> shape(style, mxConstants.SHAPE_RECTANGLE, mxConstants.PERIMETER_RECTANGLE);
            case ROUNDED -> {
                shape(style, mxConstants.SHAPE_RECTANGLE, mxConstants.PERIMETER_RECTANGLE);
                style.put(mxConstants.STYLE_ROUNDED, "1");
            }
            case HEXAGON -> shape(style, mxConstants.SHAPE_HEXAGON, mxConstants.PERIMETER_HEXAGON);
            case ELLIPSE -> shape(style, mxConstants.SHAPE_ELLIPSE, mxConstants.PERIMETER_ELLIPSE);
            case DOUBLE_ELLIPSE -> shape(style, mxConstants.SHAPE_DOUBLE_ELLIPSE, mxConstants.PERIMETER_ELLIPSE);
        }
        style.put(mxConstants.STYLE_FILLCOLOR, hex(look.fill()));
        style.put(mxConstants.STYLE_STROKECOLOR, hex(look.stroke()));
        style.put(mxConstants.STYLE_STROKEWIDTH, number(look.strokeWidth()));
        style.put(mxConstants.STYLE_DASHED, look.dashed() ? "1" : "0");
        font(style, look.font(), NodeLabels.FONT_SIZE);
        style.put(mxConstants.STYLE_FONTSTYLE, String.valueOf(look.bold() ? mxConstants.FONT_BOLD : 0));
        style.put(mxConstants.STYLE_ALIGN, mxConstants.ALIGN_CENTER);
        style.put(mxConstants.STYLE_VERTICAL_ALIGN, mxConstants.ALIGN_MIDDLE);
        return style;
    }

    /** The JGraphX style map that draws an edge with this look. */
    public static Map<String, Object> edgeStyle(EdgeLook look) {
        Map<String, Object> style = new LinkedHashMap<>();
        style.put(mxConstants.STYLE_SHAPE, mxConstants.SHAPE_CONNECTOR);
        style.put(mxConstants.STYLE_STROKECOLOR, hex(look.stroke()));
        style.put(mxConstants.STYLE_STROKEWIDTH, number(look.strokeWidth()));
        float[] pattern = look.dash().pattern();
        style.put(mxConstants.STYLE_DASHED, pattern.length > 0 ? "1" : "0");
        if (pattern.length > 0) {
            StringBuilder dashes = new StringBuilder();
            for (float length : pattern) {
                dashes.append(dashes.isEmpty() ? "" : " ").append(number(length));
            }
            style.put(mxConstants.STYLE_DASH_PATTERN, dashes.toString());
        }
        style.put(mxConstants.STYLE_ENDARROW, arrow(look.arrow()));
        style.put(mxConstants.STYLE_ENDFILL, look.arrow() == ArrowHead.OPEN ? "0" : "1");
        font(style, look.stroke(), NodeLabels.FONT_SIZE - 1);
        // Edge labels sit on their line: a white box keeps them readable.
        style.put(mxConstants.STYLE_LABEL_BACKGROUNDCOLOR, "#FFFFFF");
        return style;
    }

    /** The allowed {@code key=value} pairs of a model style, each as {@code ;key=value}. */
    static String overrides(String modelStyle) {
        if (modelStyle == null || modelStyle.isBlank()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : modelStyle.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && OVERRIDABLE.contains(pair.substring(0, equals).strip())) {
                kept.append(';').append(pair.substring(0, equals).strip()).append('=')
                        .append(pair.substring(equals + 1).strip());
            }
        }
        return kept.toString();
    }

    private static void shape(Map<String, Object> style, String shape, String perimeter) {
        style.put(mxConstants.STYLE_SHAPE, shape);
        style.put(mxConstants.STYLE_PERIMETER, perimeter);
    }

    private static void font(Map<String, Object> style, Color color, int size) {
        style.put(mxConstants.STYLE_FONTCOLOR, hex(color));
        style.put(mxConstants.STYLE_FONTFAMILY, NodeLabels.FONT_FAMILY);
        style.put(mxConstants.STYLE_FONTSIZE, String.valueOf(size));
    }

    private static String arrow(ArrowHead arrow) {
        return switch (arrow) {
            case CLASSIC -> mxConstants.ARROW_CLASSIC;
            case BLOCK -> mxConstants.ARROW_BLOCK;
            case OPEN -> mxConstants.ARROW_OPEN;
            case DIAMOND -> mxConstants.ARROW_DIAMOND;
            case OVAL -> mxConstants.ARROW_OVAL;
        };
    }

    static String hex(Color color) {
        return String.format(Locale.ROOT, "#%06X", color.getRGB() & 0xFFFFFF);
    }

    private static String number(float value) {
        return value == Math.rint(value) ? String.valueOf((int) value) : String.valueOf(value);
    }
}
