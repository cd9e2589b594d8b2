package org.enlace.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enlace.diagram.style.ElementKind;

/**
 * Places what is not the plan's structure beside it: one column per kind (entry points first, then
 * the SDG goals, targets and indicators, GCM objectives, actions, institutions, the rest), each in
 * the left-to-right order of the plan elements it is linked to, so that lines cross little.
 * Columns taller than the plan wrap into further columns.
 */
final class SideColumns {

    static final double PLAN_GAP = 120;
    static final double COLUMN_GAP = 40;
    static final double ROW_GAP = 20;
    private static final double MIN_COLUMN_HEIGHT = 600;
    private static final List<ElementKind> ORDER = List.of(ElementKind.ENTRY_POINT, ElementKind.SDG_GOAL,
            ElementKind.SDG_TARGET, ElementKind.SDG_INDICATOR, ElementKind.GCM_OBJECTIVE, ElementKind.ACTION,
            ElementKind.INSTITUTION, ElementKind.OTHER);

    private SideColumns() {
    }

    static void place(List<Box> side, List<Box> placed, LayoutGraph graph) {
        double left = placed.stream().mapToDouble(Box::right).max().orElse(-PLAN_GAP) + PLAN_GAP;
        double top = placed.stream().mapToDouble(box -> box.y).min().orElse(0);
        double bottom = placed.stream().mapToDouble(Box::bottom).max().orElse(top);
        double maxHeight = Math.max(MIN_COLUMN_HEIGHT, bottom - top);
        Map<Box, Double> order = new HashMap<>();
        placed.forEach(box -> order.put(box, box.centerX()));
        Map<ElementKind, List<Box>> columns = new EnumMap<>(ElementKind.class);
        side.forEach(box -> columns.computeIfAbsent(box.kind, kind -> new ArrayList<>()).add(box));
        for (ElementKind kind : ORDER) {
            List<Box> column = columns.getOrDefault(kind, List.of());
            if (!column.isEmpty()) {
                left = stack(sorted(column, order, graph), left, top, maxHeight) + COLUMN_GAP;
            }
        }
    }

    /**
     * Orders a column by the mean position of its neighbours already placed (the plan, earlier
     * columns); boxes tied to nothing placed keep their order, after the others.
     */
    private static List<Box> sorted(List<Box> column, Map<Box, Double> order, LayoutGraph graph) {
        Map<Box, Double> keys = new HashMap<>();
        for (Box box : column) {
            keys.put(box, graph.neighbours(box).stream().filter(order::containsKey).mapToDouble(order::get)
                    .average().orElse(Double.MAX_VALUE));
        }
        List<Box> sorted = new ArrayList<>(column);
        sorted.sort(Comparator.comparingDouble(keys::get));
        // A later column is ordered by where this one's boxes stand in the plan's order.
        sorted.stream().filter(box -> keys.get(box) != Double.MAX_VALUE).forEach(box -> order.put(box, keys.get(box)));
        return sorted;
    }

    /** Stacks boxes top to bottom from ({@code left}, {@code top}), wrapping; returns the right edge used. */
    private static double stack(List<Box> column, double left, double top, double maxHeight) {
        double x = left;
        double y = top;
        double width = 0;
        for (Box box : column) {
            if (y > top && y + box.height > top + maxHeight) {
                x += width + COLUMN_GAP;
                y = top;
                width = 0;
            }
            box.x = x;
            box.y = y;
            y += box.height + ROW_GAP;
            width = Math.max(width, box.width);
        }
        return x + width;
    }
}
