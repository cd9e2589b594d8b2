package org.enlace.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enlace.model.EnlaceFactory;
import org.enlace.model.Goal;
import org.enlace.model.Identified;
import org.enlace.model.Indicator;
import org.enlace.model.NationalDevelopmentPlan;
import org.enlace.model.Pillar;
import org.enlace.model.SdgTarget;
import org.enlace.model.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The layouts on a chain plan ⊃ pillar ⊃ goal ⊃ target ⊃ indicator, each box 180 × 50, plus an
 * SDG target linked to the goal.
 */
class LayoutEngineTest {

    private static final EnlaceFactory F = EnlaceFactory.eINSTANCE;

    private final List<LayoutItem> items = new ArrayList<>();
    private final List<LayoutLink> links = new ArrayList<>();

    @BeforeEach
    void chain() {
        NationalDevelopmentPlan plan = F.createNationalDevelopmentPlan();
        Pillar pillar = F.createPillar();
        plan.getPillars().add(pillar);
        Goal goal = F.createGoal();
        pillar.getGoals().add(goal);
        Target target = F.createTarget();
        goal.getTargets().add(target);
        Indicator indicator = F.createIndicator();
        target.getIndicators().add(indicator);
        SdgTarget sdg = F.createSdgTarget();
        for (Identified element : List.of(plan, pillar, goal, target, indicator, sdg)) {
            items.add(new LayoutItem("k" + items.size(), element, 180, 50));
        }
        links.add(new LayoutLink("k2", "k5"));
    }

    private static Placement at(int x, int y) {
        return new Placement(x, y);
    }

    @Test
    void hierarchicalStacksTheChainByContainmentWithTheSdgTargetBeside() {
        Map<Object, Placement> placements = LayoutEngine.place(LayoutKind.HIERARCHICAL, items, links);
        assertEquals(List.of(at(20, 20), at(20, 130), at(20, 240), at(20, 350), at(20, 460), at(320, 20)),
                List.copyOf(placements.values()));
    }

    @Test
    void aRankWiderThanAWideScreenIsFoldedIntoRowsInItsOrder() {
        // A goal with 70 targets, each 180 wide: one rank of 70 × 180 + 69 × 30 = 14,670 units
        // folds into rows of 30 (30 × 180 + 29 × 30 = 6,270 ≤ 6,300), so rows of 30, 30 and 10.
        items.clear();
        links.clear();
        Goal goal = F.createGoal();
        items.add(new LayoutItem("goal", goal, 180, 50));
        for (int i = 0; i < 70; i++) {
            Target target = F.createTarget();
            goal.getTargets().add(target);
            items.add(new LayoutItem("t" + i, target, 180, 50));
        }
        Map<Object, Placement> placements = LayoutEngine.place(LayoutKind.HIERARCHICAL, items, links);
        List<Integer> rowTops = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            int y = placements.get("t" + i).y();
            if (!rowTops.contains(y)) {
                rowTops.add(y);
            }
        }
        assertEquals(3, rowTops.size(), "three rows: " + rowTops);
        assertEquals(List.of(0, 110, 220), rowTops.stream().map(y -> y - rowTops.get(0)).toList());
        int left = placements.get("t0").x();
        assertEquals(left, placements.get("t30").x(), "the second row starts under the first");
        assertEquals(left + 29 * 210, placements.get("t29").x(), "in order, 210 apart");
        assertTrue(placements.get("goal").y() < rowTops.get(0));
        assertEquals(left + 6270 / 2 - 90, placements.get("goal").x(), "the goal centred over the folded rows");
        assertNoOverlap(placements);
    }

    @Test
    void theTreeRunsLeftToRightWithTheSdgTargetHangingFromItsGoal() {
        Map<Object, Placement> placements = LayoutEngine.place(LayoutKind.TREE, items, links);
        // One level per step to the right: 180 wide, plus JGraphX's level distance and node distance.
        assertEquals(List.of(20, 326, 632, 938, 1244),
                List.copyOf(placements.values()).subList(0, 5).stream().map(Placement::x).toList());
        assertEquals(placements.get("k3").x(), placements.get("k5").x(), "the SDG target is a child of the goal");
        assertNoOverlap(placements);
    }

    @Test
    void organicIsTheSameEveryTimeAndLeavesNoOverlap() {
        Map<Object, Placement> first = LayoutEngine.place(LayoutKind.ORGANIC, items, links);
        assertEquals(first, LayoutEngine.place(LayoutKind.ORGANIC, items, links));
        assertNoOverlap(first);
        assertEquals(LayoutEngine.ORIGIN, first.values().stream().mapToInt(Placement::x).min().orElseThrow());
    }

    @Test
    void nothingToPlaceGivesNothing() {
        assertTrue(LayoutEngine.place(LayoutKind.HIERARCHICAL, List.of(), List.of()).isEmpty());
    }

    private void assertNoOverlap(Map<Object, Placement> placements) {
        List<Placement> all = List.copyOf(placements.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Placement a = all.get(i);
                Placement b = all.get(j);
                boolean apart = a.x() + 180 + LayoutEngine.GAP <= b.x() || b.x() + 180 + LayoutEngine.GAP <= a.x()
                        || a.y() + 50 + LayoutEngine.GAP <= b.y() || b.y() + 50 + LayoutEngine.GAP <= a.y();
                assertFalse(!apart, a + " and " + b);
            }
        }
    }
}
