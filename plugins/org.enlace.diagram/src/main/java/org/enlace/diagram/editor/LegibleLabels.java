package org.enlace.diagram.editor;

import java.util.Map;

import com.mxgraph.util.mxConstants;
import com.mxgraph.util.mxUtils;

/**
 * Which labels the editor draws at a zoom: only those whose font comes out at least
 * {@link #MIN_FONT_PIXELS} pixels in size (capital letters are about two thirds of that).
 * Zoomed out further, a label is a grey smudge that cannot be read and only clutters the view;
 * shapes and lines are still drawn, so the picture keeps its layout and colours, a node's tooltip
 * still names it, and zooming in brings the words back. Exports always draw every label.
 */
final class LegibleLabels {

    /** A font smaller than this, in pixels, cannot be read. */
    static final double MIN_FONT_PIXELS = 5;

    private LegibleLabels() {
    }

    /** Whether a label of this cell style is readable, so worth drawing, at {@code scale}. */
    static boolean atScale(Map<String, Object> style, double scale) {
        float fontSize = mxUtils.getFloat(style, mxConstants.STYLE_FONTSIZE, mxConstants.DEFAULT_FONTSIZE);
        return fontSize * scale >= MIN_FONT_PIXELS;
    }
}
