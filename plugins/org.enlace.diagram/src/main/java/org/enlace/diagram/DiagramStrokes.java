package org.enlace.diagram;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.Map;

import com.mxgraph.util.mxConstants;
import com.mxgraph.util.mxUtils;

/**
 * The pen a line of a cell style is drawn with at a zoom. JGraphX 4.2.2 multiplies dash lengths by
 * the zoom twice, so a zoomed-out diagram of thousands of dashed edges turns each edge into
 * thousands of sub-pixel dashes and takes minutes to paint. Here a dash pattern scales once, like
 * the line width, and zoomed out it stops shrinking when its shortest dash or gap (of those
 * longer than zero) is {@link #MIN_DASH} pixels: the whole pattern keeps its proportions, so dashed, dotted and
 * dash-dot lines stay told apart, and a long line is never cut into more pieces than can be seen
 * (each piece is a shape for Java2D to fill: they were most of a zoomed-out frame). Every canvas
 * that paints diagrams (the exports, an editor's component) makes its strokes here.
 */
public final class DiagramStrokes {

    /** Shortest dash or gap, in pixels: shorter ones blur into a fainter solid line anyway. */
    static final float MIN_DASH = 2f;

    private DiagramStrokes() {
    }

    /** The stroke for a cell's style map at {@code scale}. */
    public static Stroke stroke(Map<String, Object> style, double scale) {
        float width = (float) (mxUtils.getFloat(style, mxConstants.STYLE_STROKEWIDTH, 1) * scale);
        if (!mxUtils.isTrue(style, mxConstants.STYLE_DASHED)) {
            return new BasicStroke(width);
        }
        float[] pattern = mxUtils.getFloatArray(style, mxConstants.STYLE_DASH_PATTERN,
                mxConstants.DEFAULT_DASHED_PATTERN, " ");
        float shortest = Float.MAX_VALUE;
        for (float length : pattern) {
            if (length > 0) {
                shortest = Math.min(shortest, length);
            }
        }
        if (shortest == Float.MAX_VALUE) {
            // No dash or gap has a length: a model style that says so draws a solid line.
            return new BasicStroke(width);
        }
        float factor = Math.max(width, MIN_DASH / shortest);
        float[] scaled = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            scaled[i] = Math.max(0, pattern[i]) * factor;
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, scaled, 0f);
    }
}
