package org.enlace.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pushes boxes apart until no two come closer than a gap. Algorithms such as the organic layout
 * place boxes by their centres and may leave them on top of each other; every layout ends here,
 * so none can hand the diagram overlapping nodes.
 */
final class Overlaps {

    private Overlaps() {
    }

    /**
     * Takes the boxes from the top left; a box that crowds one already settled moves right or down
     * past it, whichever is the shorter way, until it crowds none. Boxes only move right or down,
     * each time past the edge of a settled box, so this ends.
     */
    static void separate(List<Box> boxes, double gap) {
        List<Box> ordered = new ArrayList<>(boxes);
        ordered.sort(Comparator.comparingDouble((Box box) -> box.y).thenComparingDouble(box -> box.x));
        List<Box> settled = new ArrayList<>();
        for (Box box : ordered) {
            Box crowded = firstCrowded(box, settled, gap);
            while (crowded != null) {
                double right = crowded.right() + gap - box.x;
                double down = crowded.bottom() + gap - box.y;
                if (right <= down) {
                    box.x += right;
                } else {
                    box.y += down;
                }
                crowded = firstCrowded(box, settled, gap);
            }
            settled.add(box);
        }
    }

    private static Box firstCrowded(Box box, List<Box> settled, double gap) {
        for (Box other : settled) {
            if (box.crowds(other, gap)) {
                return other;
            }
        }
        return null;
    }
}
