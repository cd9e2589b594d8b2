package org.enlace.diagram.export;

import java.awt.Stroke;
import java.util.Map;

import org.enlace.diagram.DiagramStrokes;

import com.mxgraph.canvas.mxGraphics2DCanvas;

/** JGraphX's Java2D canvas with Enlace's strokes, so dashed lines paint fast at any scale. */
final class DiagramCanvas extends mxGraphics2DCanvas {

    @Override
    public Stroke createStroke(Map<String, Object> style) {
        return DiagramStrokes.stroke(style, scale);
    }
}
