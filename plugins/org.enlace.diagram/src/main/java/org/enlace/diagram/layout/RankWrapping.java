package org.enlace.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folds a rank of the hierarchical layout that is wider than {@link #MAX_RANK_WIDTH} into several
 * rows, in its left-to-right order, and moves the ranks below it down. A plan with a thousand
 * indicators otherwise lies in one row hundreds of screens wide: nothing fits on a screen, and a
 * pan crosses thousands of links (docs/benchmarks.md).
 */
final class RankWrapping {

    /** About 30 boxes of the usual 180 units and their spacing: one wide screen at 50 % zoom. */
    static final double MAX_RANK_WIDTH = 6_300;

    private RankWrapping() {
    }

    static void wrap(List<Box> boxes, double rowSpacing, double siblingSpacing) {
        List<List<Box>> ranks = ranks(boxes);
        double shift = 0;
        for (List<Box> rank : ranks) {
            for (Box box : rank) {
                box.y += shift;
            }
            shift += fold(rank, rowSpacing, siblingSpacing);
        }
        if (shift > 0) {
            centre(ranks);
        }
    }

    /**
     * Once a rank is folded, the narrow ranks above it still stand over the middle of the strip it
     * was: every rank is centred on one axis instead, the plan over its pillars over the block.
     */
    private static void centre(List<List<Box>> ranks) {
        double left = ranks.stream().flatMap(List::stream).mapToDouble(b -> b.x).min().orElse(0);
        double widest = ranks.stream().mapToDouble(RankWrapping::width).max().orElse(0);
        double axis = left + widest / 2;
        for (List<Box> rank : ranks) {
            double rankLeft = rank.stream().mapToDouble(b -> b.x).min().orElse(0);
            double offset = axis - (rankLeft + width(rank) / 2);
            rank.forEach(box -> box.x += offset);
        }
    }

    private static double width(List<Box> rank) {
        return rank.stream().mapToDouble(Box::right).max().orElse(0) - rank.stream().mapToDouble(b -> b.x).min().orElse(0);
    }

    /** Boxes whose vertical extents overlap, top to bottom. */
    private static List<List<Box>> ranks(List<Box> boxes) {
        List<Box> byTop = boxes.stream().sorted(Comparator.comparingDouble((Box b) -> b.y)).toList();
        List<List<Box>> ranks = new ArrayList<>();
        double bottom = Double.NEGATIVE_INFINITY;
        for (Box box : byTop) {
            if (ranks.isEmpty() || box.y >= bottom) {
                ranks.add(new ArrayList<>());
                bottom = box.bottom();
            }
            ranks.get(ranks.size() - 1).add(box);
            bottom = Math.max(bottom, box.bottom());
        }
        return ranks;
    }

    /** Folds one rank if it is too wide; returns the height it gained. */
    private static double fold(List<Box> rank, double rowSpacing, double siblingSpacing) {
        if (width(rank) <= MAX_RANK_WIDTH) {
            return 0;
        }
        double left = rank.stream().mapToDouble(b -> b.x).min().orElse(0);
        double top = rank.stream().mapToDouble(b -> b.y).min().orElse(0);
        double rowHeight = rank.stream().mapToDouble(b -> b.height).max().orElse(0) + rowSpacing;
        List<Box> inOrder = rank.stream().sorted(Comparator.comparingDouble((Box b) -> b.x)).toList();
        double x = left;
        int row = 0;
        for (Box box : inOrder) {
            if (x > left && x + box.width > left + MAX_RANK_WIDTH) {
                x = left;
                row++;
            }
            box.x = x;
            box.y = top + row * rowHeight;
            x += box.width + siblingSpacing;
        }
        return row * rowHeight;
    }
}
