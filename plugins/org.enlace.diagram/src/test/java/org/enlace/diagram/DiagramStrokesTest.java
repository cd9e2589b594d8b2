package org.enlace.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.BasicStroke;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Dashes scale with the zoom once, like the line, and never below a pixel. */
class DiagramStrokesTest {

    private static final Map<String, Object> DASHED = Map.of("strokeWidth", "1.5", "dashed", "1",
            "dashPattern", "8 4");

    private static BasicStroke stroke(Map<String, Object> style, double scale) {
        return (BasicStroke) DiagramStrokes.stroke(style, scale);
    }

    @Test
    void atFullSizeDashesAreThePatternTimesTheLineWidthAsInJGraphX() {
        BasicStroke stroke = stroke(DASHED, 1);
        assertEquals(1.5f, stroke.getLineWidth());
        assertArrayEquals(new float[] {12f, 6f}, stroke.getDashArray());
    }

    @Test
    void zoomedDashesScaleOnceAndStayAtLeastAPixel() {
        assertArrayEquals(new float[] {24f, 12f}, stroke(DASHED, 2).getDashArray());
        BasicStroke small = stroke(DASHED, 0.1);
        assertEquals(0.15f, small.getLineWidth(), 1e-6);
        assertArrayEquals(new float[] {1.2f, 1f}, small.getDashArray(), 1e-6f);
        assertArrayEquals(new float[] {1f, 1f}, stroke(DASHED, 0.01).getDashArray());
    }

    @Test
    void solidLinesHaveNoDashes() {
        BasicStroke solid = stroke(Map.of("strokeWidth", "2"), 0.5);
        assertEquals(1f, solid.getLineWidth());
        assertNull(solid.getDashArray());
    }
}
