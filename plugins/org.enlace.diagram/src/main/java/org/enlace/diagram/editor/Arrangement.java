package org.enlace.diagram.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.enlace.model.commands.Bounds;

/**
 * Align and distribute as arithmetic on drawn bounds: each method returns the new bounds in the
 * order of the given ones, sizes unchanged. Align uses the selection's bounding box, as office
 * tools do; distribute keeps the outermost two in place and makes the gaps between neighbours
 * equal (rounded to whole units, the remainder going to the last gaps).
 */
final class Arrangement {

    /** The direction distribute spreads nodes in. */
    enum Axis {
        HORIZONTAL, VERTICAL
    }

    private Arrangement() {
    }

    static List<Bounds> align(List<Bounds> boxes, Alignment alignment) {
        if (boxes.isEmpty()) {
            return List.of();
        }
        int left = boxes.stream().mapToInt(Bounds::x).min().orElseThrow();
        int top = boxes.stream().mapToInt(Bounds::y).min().orElseThrow();
        int right = boxes.stream().mapToInt(Bounds::right).max().orElseThrow();
        int bottom = boxes.stream().mapToInt(Bounds::bottom).max().orElseThrow();
        List<Bounds> aligned = new ArrayList<>();
        for (Bounds box : boxes) {
            aligned.add(switch (alignment) {
                case LEFT -> at(box, left, box.y());
                case CENTER -> at(box, (left + right - box.width()) / 2, box.y());
                case RIGHT -> at(box, right - box.width(), box.y());
                case TOP -> at(box, box.x(), top);
                case MIDDLE -> at(box, box.x(), (top + bottom - box.height()) / 2);
                case BOTTOM -> at(box, box.x(), bottom - box.height());
            });
        }
        return aligned;
    }

    /** Equal gaps between neighbours along {@code axis}; fewer than three boxes stay where they are. */
    static List<Bounds> distribute(List<Bounds> boxes, Axis axis) {
        List<Bounds> result = new ArrayList<>(boxes);
        if (boxes.size() < 3) {
            return result;
        }
        boolean horizontal = axis == Axis.HORIZONTAL;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> start(boxes.get(i), horizontal)).thenComparing(i -> i));
        int first = start(boxes.get(order.get(0)), horizontal);
        int last = order.stream().mapToInt(i -> end(boxes.get(i), horizontal)).max().orElseThrow();
        int sizes = order.stream().mapToInt(i -> size(boxes.get(i), horizontal)).sum();
        int gaps = boxes.size() - 1;
        int free = last - first - sizes;
        int position = first;
        for (int k = 0; k < order.size(); k++) {
            Bounds box = boxes.get(order.get(k));
            result.set(order.get(k), horizontal ? at(box, position, box.y()) : at(box, box.x(), position));
            // Whole units: gap k gets floor(free*(k+1)/gaps) - floor(free*k/gaps), which sums to free exactly.
            position += size(box, horizontal) + Math.floorDiv(free * (k + 1), gaps) - Math.floorDiv(free * k, gaps);
        }
        return result;
    }

    private static Bounds at(Bounds box, int x, int y) {
        return new Bounds(x, y, box.width(), box.height());
    }

    private static int start(Bounds box, boolean horizontal) {
        return horizontal ? box.x() : box.y();
    }

    private static int end(Bounds box, boolean horizontal) {
        return horizontal ? box.right() : box.bottom();
    }

    private static int size(Bounds box, boolean horizontal) {
        return horizontal ? box.width() : box.height();
    }
}
