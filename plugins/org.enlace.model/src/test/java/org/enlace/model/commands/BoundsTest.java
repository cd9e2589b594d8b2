package org.enlace.model.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.enlace.model.EnlaceFactory;
import org.enlace.model.Node;
import org.junit.jupiter.api.Test;

class BoundsTest {

    @Test
    void aNegativeSizeIsRefusedAndAnEmptyOneAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new Bounds(0, 0, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(0, 0, 10, -1));
        assertEquals(0, new Bounds(-5, -5, 0, 0).width());
    }

    @Test
    void ofReadsANodeAndTranslateMovesWithoutResizing() {
        Node node = EnlaceFactory.eINSTANCE.createNode();
        node.setX(3);
        node.setY(4);
        node.setWidth(50);
        node.setHeight(20);
        assertEquals(new Bounds(3, 4, 50, 20), Bounds.of(node));
        assertEquals(new Bounds(13, -6, 50, 20), Bounds.of(node).translate(10, -10));
        assertEquals(53, Bounds.of(node).right());
        assertEquals(24, Bounds.of(node).bottom());
    }

    @Test
    void rectanglesThatShareAreaOverlapButTouchingOnesDoNot() {
        Bounds a = new Bounds(0, 0, 100, 50);
        assertTrue(a.overlaps(new Bounds(99, 49, 10, 10)));
        assertTrue(a.overlaps(new Bounds(10, 10, 5, 5)), "inside");
        assertFalse(a.overlaps(new Bounds(100, 0, 10, 10)), "touching on the right");
        assertFalse(a.overlaps(new Bounds(0, 50, 10, 10)), "touching below");
        assertFalse(a.overlaps(new Bounds(-20, -20, 10, 10)));
    }
}
