package org.enlace.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.BasicStroke;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Dashes scale with the zoom once, like the line; zoomed out, the pattern keeps its proportions and its shortest piece 2 px. */
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
    void zoomedDashesScaleOnceUntilTheShortestPieceIsTwoPixels() {
        assertArrayEquals(new float[] {24f, 12f}, stroke(DASHED, 2).getDashArray());
        BasicStroke small = stroke(DASHED, 0.1);
        assertEquals(0.15f, small.getLineWidth(), 1e-6);
        assertArrayEquals(new float[] {4f, 2f}, small.getDashArray(), 1e-6f);
        assertArrayEquals(new float[] {4f, 2f}, stroke(DASHED, 0.01).getDashArray(), 1e-6f);
    }

    @Test
    void aZoomedOutPatternKeepsItsProportionsSoDottedAndDashDotStayApart() {
        Map<String, Object> dashDot = Map.of("strokeWidth", "1", "dashed", "1", "dashPattern", "8 3 2 3");
        assertArrayEquals(new float[] {8f, 3f, 2f, 3f}, stroke(dashDot, 1).getDashArray(), 1e-6f);
        assertArrayEquals(new float[] {8f, 3f, 2f, 3f}, stroke(dashDot, 0.1).getDashArray(), 1e-6f);
        Map<String, Object> dotted = Map.of("strokeWidth", "1", "dashed", "1", "dashPattern", "2 3");
        assertArrayEquals(new float[] {2f, 3f}, stroke(dotted, 0.25).getDashArray(), 1e-6f);
        assertArrayEquals(new float[] {3f, 4.5f}, stroke(dotted, 1.5).getDashArray(), 1e-6f);
    }

    @Test
    void dashesOfLengthZeroDoNotCountAndAPatternOfZerosIsASolidLine() {
        Map<String, Object> dotsOnly = Map.of("strokeWidth", "1", "dashed", "1", "dashPattern", "0 4");
        assertArrayEquals(new float[] {0f, 2f}, stroke(dotsOnly, 0.1).getDashArray(), 1e-6f);
        Map<String, Object> zeros = Map.of("strokeWidth", "1", "dashed", "1", "dashPattern", "0 0");
        assertNull(stroke(zeros, 1).getDashArray());
    }

    @Test
    void solidLinesHaveNoDashes() {
        BasicStroke solid = stroke(Map.of("strokeWidth", "2"), 0.5);
        assertEquals(1f, solid.getLineWidth());
        assertNull(solid.getDashArray());
    }
}
