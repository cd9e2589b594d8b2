package org.enlace.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class OverlapsTest {

    private static Box box(double x, double y, int width, int height) {
        Box box = new Box(new LayoutItem(new Object(), null, width, height));
        box.x = x;
        box.y = y;
        return box;
    }

    private static List<Double> where(Box box) {
        return List.of(box.x, box.y);
    }

    @Test
    void aBoxOnTopOfAnotherMovesTheShorterWayPastIt() {
        Box first = box(0, 0, 100, 50);
        Box wide = box(0, 0, 100, 50);
        Overlaps.separate(List.of(first, wide), 10);
        assertEquals(List.of(0.0, 0.0), where(first));
        assertEquals(List.of(0.0, 60.0), where(wide), "down (60) is shorter than right (110)");

        Box tall = box(0, 0, 40, 200);
        Box other = box(30, 10, 40, 200);
        Overlaps.separate(List.of(tall, other), 10);
        assertEquals(List.of(50.0, 10.0), where(other), "right (20) is shorter than down (200)");
    }

    @Test
    void boxesFarEnoughApartStayWhereTheyAre() {
        Box a = box(0, 0, 100, 50);
        Box b = box(110, 0, 100, 50);
        Box c = box(0, 60, 100, 50);
        Overlaps.separate(List.of(a, b, c), 10);
        assertEquals(List.of(List.of(0.0, 0.0), List.of(110.0, 0.0), List.of(0.0, 60.0)),
                List.of(where(a), where(b), where(c)));
    }

    @Test
    void aBoxPushedIntoAThirdMovesOnPastItToo() {
        Box a = box(0, 0, 100, 100);
        Box b = box(110, 0, 100, 100);
        Box c = box(50, 10, 100, 100);
        Overlaps.separate(List.of(a, b, c), 10);
        // Right past a (60 < 100), which lands on b; then down past b (100 < 110).
        assertEquals(List.of(110.0, 110.0), where(c));
    }
}
