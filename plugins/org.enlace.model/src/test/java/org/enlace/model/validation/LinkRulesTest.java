package org.enlace.model.validation;

import static org.enlace.model.LinkKind.ALIGNS_FULLY;
import static org.enlace.model.LinkKind.ALIGNS_PARTIALLY;
import static org.enlace.model.LinkKind.CONTRIBUTES_TO;
import static org.enlace.model.LinkKind.DISAGGREGATES;
import static org.enlace.model.LinkKind.MEASURED_BY;
import static org.enlace.model.LinkKind.PROXY_FOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.persistence.EnlaceResourceSets;
import org.junit.jupiter.api.Test;

/** The link table, read off LinkRules: which kinds may join which element kinds, in menu order. */
class LinkRulesTest {

    private static final EnlaceFactory F = EnlaceFactory.eINSTANCE;

    private final ResourceSet resourceSet = EnlaceResourceSets.create();
    private final CatalogQuery catalogs = new CatalogQuery(resourceSet);

    @Test
    void aGoalAlignsWithOrContributesToAnSdgTarget() {
        assertEquals(List.of(ALIGNS_FULLY, ALIGNS_PARTIALLY, CONTRIBUTES_TO),
                LinkRules.allowedKinds(F.createGoal(), catalogs.sdgTarget("10.7").orElseThrow()));
    }

    @Test
    void aTargetIsOnlyMeasuredByAnIndicator() {
        assertEquals(List.of(MEASURED_BY), LinkRules.allowedKinds(F.createTarget(), F.createIndicator()));
    }

    @Test
    void anIndicatorIsAProxyForOrDisaggregatesAnSdgIndicator() {
        assertEquals(List.of(PROXY_FOR, DISAGGREGATES),
                LinkRules.allowedKinds(F.createIndicator(), catalogs.sdgIndicator("10.7.2").orElseThrow()));
    }

    @Test
    void anIndicatorIsAProxyForOrDisaggregatesAnotherIndicator() {
        assertEquals(List.of(PROXY_FOR, DISAGGREGATES), LinkRules.allowedKinds(F.createIndicator(), F.createIndicator()));
    }

    @Test
    void anIndicatorContributesToPlanElementsAboveIt() {
        assertEquals(List.of(CONTRIBUTES_TO), LinkRules.allowedKinds(F.createIndicator(), F.createGoal()));
        assertEquals(List.of(CONTRIBUTES_TO), LinkRules.allowedKinds(F.createIndicator(), F.createPillar()));
    }

    @Test
    void plansPillarsGoalsAndTargetsAlignWithCataloguesAndEachOther() {
        assertEquals(List.of(ALIGNS_FULLY, ALIGNS_PARTIALLY, CONTRIBUTES_TO),
                LinkRules.allowedKinds(F.createNationalDevelopmentPlan(), catalogs.sdg("10").orElseThrow()));
        assertEquals(List.of(ALIGNS_FULLY, ALIGNS_PARTIALLY, CONTRIBUTES_TO),
                LinkRules.allowedKinds(F.createSubnationalPlan(), catalogs.gcmObjective("1").orElseThrow()));
        assertEquals(List.of(ALIGNS_FULLY, ALIGNS_PARTIALLY, CONTRIBUTES_TO),
                LinkRules.allowedKinds(F.createTarget(), F.createGoal()));
        assertEquals(List.of(ALIGNS_FULLY, ALIGNS_PARTIALLY, CONTRIBUTES_TO),
                LinkRules.allowedKinds(F.createGoal(), F.createGoal()));
        assertEquals(List.of(CONTRIBUTES_TO), LinkRules.allowedKinds(F.createPillar(), F.createPillar()),
                "a pillar is no alignment target");
    }

    @Test
    void goalsAndTargetsAreMeasuredByIndicatorsOfThePlanOrTheSdgs() {
        assertEquals(List.of(MEASURED_BY), LinkRules.allowedKinds(F.createGoal(), F.createIndicator()));
        assertEquals(List.of(MEASURED_BY),
                LinkRules.allowedKinds(F.createTarget(), catalogs.sdgIndicator("8.5.2").orElseThrow()));
        assertEquals(List.of(MEASURED_BY), LinkRules.allowedKinds(catalogs.sdgTarget("10.7").orElseThrow(),
                catalogs.sdgIndicator("10.7.2").orElseThrow()));
    }

    @Test
    void anEntryPointOnlyContributes() {
        assertEquals(List.of(CONTRIBUTES_TO),
                LinkRules.allowedKinds(F.createEntryPoint(), catalogs.sdgTarget("17.18").orElseThrow()));
        assertEquals(List.of(CONTRIBUTES_TO),
                LinkRules.allowedKinds(F.createEntryPoint(), catalogs.action("3.2").orElseThrow()));
        assertEquals(List.of(), LinkRules.allowedKinds(F.createEntryPoint(), F.createIndicator()));
    }

    @Test
    void onlyEntryPointsAndPlanElementsContributeToAnAction() {
        var action = catalogs.action("3.2").orElseThrow();
        assertEquals(List.of(CONTRIBUTES_TO), LinkRules.allowedKinds(F.createGoal(), action));
        assertEquals(List.of(), LinkRules.allowedKinds(F.createInstitution(), action));
    }

    @Test
    void nothingLinksToItselfOrFromCatalogueGoalsOrInstitutions() {
        var goal = F.createGoal();
        assertEquals(List.of(), LinkRules.allowedKinds(goal, goal));
        assertEquals(List.of(), LinkRules.allowedKinds(catalogs.sdg("10").orElseThrow(), F.createGoal()));
        assertEquals(List.of(), LinkRules.allowedKinds(F.createInstitution(), F.createGoal()));
        assertEquals(List.of(), LinkRules.allowedKinds(F.createGoal(), F.createInstitution()));
        assertEquals(List.of(), LinkRules.allowedKinds(F.createGoal(), F.createEntryPoint()));
    }

    @Test
    void allowsNeedsAKindAndBothEnds() {
        assertFalse(LinkRules.allows(null, F.createTarget(), F.createIndicator()));
        assertFalse(LinkRules.allows(MEASURED_BY, null, F.createIndicator()));
        assertFalse(LinkRules.allows(MEASURED_BY, F.createTarget(), null));
        assertTrue(LinkRules.allows(MEASURED_BY, F.createTarget(), F.createIndicator()));
    }

    @Test
    void describeNamesSourcesAndTargetsInAlphabeticalOrder() {
        assertEquals("Goal, Pillar, Plan, Target → GcmObjective, Goal, SdgGoal, SdgTarget, Target",
                LinkRules.describe(ALIGNS_FULLY));
        assertEquals("EntryPoint, Goal, Indicator, Pillar, Plan, Target → "
                + "Action, GcmObjective, Goal, Pillar, SdgGoal, SdgTarget, Target", LinkRules.describe(CONTRIBUTES_TO));
        assertEquals("Goal, SdgTarget, Target → Indicator, SdgIndicator", LinkRules.describe(MEASURED_BY));
        assertEquals("Indicator → Indicator, SdgIndicator", LinkRules.describe(PROXY_FOR));
        assertEquals("Indicator → Indicator, SdgIndicator", LinkRules.describe(DISAGGREGATES));
    }

    @Test
    void sourcesAndTargetsAreTheTableItself() {
        EnlacePackage p = EnlacePackage.eINSTANCE;
        assertEquals(Set.of(p.getGoal(), p.getTarget(), p.getSdgTarget()), LinkRules.sources(MEASURED_BY));
        assertEquals(Set.of(p.getIndicator(), p.getSdgIndicator()), LinkRules.targets(MEASURED_BY));
        assertEquals(Set.of(p.getIndicator()), LinkRules.sources(PROXY_FOR));
    }
}
