package org.enlace.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.enlace.diagram.editor.Arrangement.Axis;
import org.enlace.model.commands.Bounds;
import org.junit.jupiter.api.Test;

/** Align and distribute on three boxes of different sizes: the selection spans x 10..250, y 20..190. */
class ArrangementTest {

    private static final List<Bounds> BOXES = List.of(new Bounds(10, 100, 40, 30), new Bounds(200, 20, 50, 60),
            new Bounds(60, 150, 100, 40));

    @Test
    void alignLeftPutsEveryLeftEdgeOnTheLeftmost() {
        assertEquals(List.of(new Bounds(10, 100, 40, 30), new Bounds(10, 20, 50, 60), new Bounds(10, 150, 100, 40)),
                Arrangement.align(BOXES, Alignment.LEFT));
    }

    @Test
    void alignCenterCentresEveryBoxOnTheSelectionsMiddleLine() {
        assertEquals(List.of(new Bounds(110, 100, 40, 30), new Bounds(105, 20, 50, 60), new Bounds(80, 150, 100, 40)),
                Arrangement.align(BOXES, Alignment.CENTER));
    }

    @Test
    void alignRightPutsEveryRightEdgeOnTheRightmost() {
        assertEquals(List.of(new Bounds(210, 100, 40, 30), new Bounds(200, 20, 50, 60), new Bounds(150, 150, 100, 40)),
                Arrangement.align(BOXES, Alignment.RIGHT));
    }

    @Test
    void alignTopMiddleAndBottomWorkOnTheVerticalAxis() {
        assertEquals(List.of(new Bounds(10, 20, 40, 30), new Bounds(200, 20, 50, 60), new Bounds(60, 20, 100, 40)),
                Arrangement.align(BOXES, Alignment.TOP));
        assertEquals(List.of(new Bounds(10, 90, 40, 30), new Bounds(200, 75, 50, 60), new Bounds(60, 85, 100, 40)),
                Arrangement.align(BOXES, Alignment.MIDDLE));
        assertEquals(List.of(new Bounds(10, 160, 40, 30), new Bounds(200, 130, 50, 60), new Bounds(60, 150, 100, 40)),
                Arrangement.align(BOXES, Alignment.BOTTOM));
    }

    @Test
    void distributeHorizontallyKeepsTheOuterBoxesAndEqualisesTheGaps() {
        // Span 10..250 = 240, widths 190, so two gaps of 25: 10..50, 75..175, 200..250.
        assertEquals(List.of(new Bounds(10, 100, 40, 30), new Bounds(200, 20, 50, 60), new Bounds(75, 150, 100, 40)),
                Arrangement.distribute(BOXES, Axis.HORIZONTAL));
    }

    @Test
    void distributeVerticallyGivesTheOddUnitToTheLastGap() {
        // Span 20..190 = 170, heights 130, gaps 20 and 20: 20..80, 100..130, 150..190.
        assertEquals(List.of(new Bounds(10, 100, 40, 30), new Bounds(200, 20, 50, 60), new Bounds(60, 150, 100, 40)),
                Arrangement.distribute(BOXES, Axis.VERTICAL));
        List<Bounds> odd = List.of(new Bounds(0, 0, 10, 10), new Bounds(0, 13, 10, 10), new Bounds(0, 31, 10, 10));
        assertEquals(List.of(new Bounds(0, 0, 10, 10), new Bounds(0, 15, 10, 10), new Bounds(0, 31, 10, 10)),
                Arrangement.distribute(odd, Axis.VERTICAL));
    }

    @Test
    void distributeLeavesTwoBoxesWhereTheyAre() {
        List<Bounds> two = BOXES.subList(0, 2);
        assertEquals(two, Arrangement.distribute(two, Axis.HORIZONTAL));
    }
}
