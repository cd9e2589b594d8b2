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
