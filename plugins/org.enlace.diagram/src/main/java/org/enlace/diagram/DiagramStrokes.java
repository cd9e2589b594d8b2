package org.enlace.diagram;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.Map;

import com.mxgraph.util.mxConstants;
import com.mxgraph.util.mxUtils;

/**
 * The pen a line of a cell style is drawn with at a zoom. JGraphX 4.2.2 multiplies dash lengths by
 * the zoom twice, so a zoomed-out diagram of thousands of dashed edges turns each edge into
 * thousands of sub-pixel dashes and takes minutes to paint. Here dashes scale once, like the line
 * width, and never get shorter than a pixel. Every canvas that paints diagrams (the exports, an
 * editor's component) makes its strokes here.
 */
public final class DiagramStrokes {

    /** Shortest dash or gap, in pixels: anything shorter looks like a fainter solid line anyway. */
    static final float MIN_DASH = 1f;

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
        float[] scaled = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            scaled[i] = Math.max(MIN_DASH, pattern[i] * width);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, scaled, 0f);
    }
}
