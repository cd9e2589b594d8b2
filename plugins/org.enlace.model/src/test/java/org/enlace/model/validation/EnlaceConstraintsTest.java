package org.enlace.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.enlace.model.Diagram;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EntryPoint;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.Goal;
import org.enlace.model.Indicator;
import org.enlace.model.Institution;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.Passage;
import org.enlace.model.Plan;
import org.enlace.model.PlanningModel;
import org.enlace.model.Target;
import org.enlace.model.TestModels;
import org.enlace.model.l10n.Messages;
import org.enlace.model.validation.Problem.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture with every class is valid; breaking one thing gives exactly one problem of its rule. */
class EnlaceConstraintsTest {

    @TempDir
    Path dir;

    private final ModelValidator validator = new ModelValidator();
    private PlanningModel model;

    @BeforeEach
    void englishAndEveryClass() {
        Messages.setLocale(Locale.ENGLISH);
        model = TestModels.everyClass(dir.resolve("m.enlace"));
    }

    @AfterEach
    void defaultLocale() {
        Messages.setLocale(null);
    }

    @Test
    void theModelWithEveryClassHasNoProblem() {
        assertEquals(List.of(), validator.validate(model));
    }

    @Test
    void anIdWithASpaceIsInvalid() {
        goal().setId("goal 1");
        assertOnlyProblem(Severity.ERROR, Rule.ID_INVALID, goal(),
                "The identifier 'goal 1' is missing or contains spaces.");
    }

    @Test
    void anIdUsedTwiceIsADuplicateReportedOnItsSecondUse() {
        target().setId("goal");
        List<Problem> duplicates = validator.validate(model).stream()
                .filter(p -> p.rule() == Rule.ID_DUPLICATE).toList();
        assertEquals(List.of(new Problem(Severity.ERROR, Rule.ID_DUPLICATE, target(),
                "The identifier 'goal' is used by more than one object.")), duplicates);
    }

    @Test
    void anIdUsedTwiceGivesOnlyTheEnlaceProblem() {
        target().setId("goal");
        assertOnlyProblem(Severity.ERROR, Rule.ID_DUPLICATE, target(),
                "The identifier 'goal' is used by more than one object.");
    }

    @Test
    void anIdSharedWithTheModelItselfIsADuplicate() {
        target().setId("m");
        assertOnlyProblem(Severity.ERROR, Rule.ID_DUPLICATE, target(),
                "The identifier 'm' is used by more than one object.");
    }

    @Test
    void aCountryMustBeAnIsoAlpha3Code() {
        Institution dgme = model.getInstitutions().get(1);
        dgme.setCountry("CR");
        assertOnlyProblem(Severity.ERROR, Rule.COUNTRY, dgme,
                "'CR' is not an ISO 3166-1 alpha-3 country code (e.g. COL, CRI, MEX).");
    }

    @Test
    void aPlanMayNotEndBeforeItStarts() {
        Plan sectoral = model.getPlans().get(1);
        sectoral.setStartYear(2025);
        sectoral.setEndYear(2024);
        assertOnlyProblem(Severity.ERROR, Rule.PLAN_PERIOD, sectoral, "The plan ends (2024) before it starts (2025).");
    }

    @Test
    void aCodeUsedTwiceInAPlanIsADuplicate() {
        target().setCode("E1.1");
        assertOnlyProblem(Severity.ERROR, Rule.CODE_DUPLICATE, target(),
                "The code 'E1.1' is used twice in the plan 'Plan Nacional de Desarrollo e Inversión Pública 2023-2026'.");
    }

    @Test
    void aTargetYearMustBeInThePlanPeriod() {
        target().setTargetYear(2030);
        assertOnlyProblem(Severity.ERROR, Rule.TARGET_YEAR, target(),
                "The target year 2030 is outside the plan period 2023-2026.");
    }

    @Test
    void aBaselineYearMayNotBeAfterThePlanEnds() {
        target().setBaselineYear(2027);
        assertOnlyProblem(Severity.ERROR, Rule.BASELINE_YEAR, target(),
                "The baseline year 2027 is after the end of the plan (2026).");
    }

    @Test
    void anIndicatorDisaggregatedByMigratoryStatusNeedsADataSource() {
        indicator().setDataSource("  ");
        assertOnlyProblem(Severity.ERROR, Rule.MIGRATORY_STATUS_WITHOUT_SOURCE, indicator(),
                "The indicator is disaggregated by migratory status but names no data source "
                        + "(survey, census or register).");
    }

    @Test
    void anEntryPointMustBeLinkedToAnSdgTargetOrAGcmObjective() {
        EntryPoint entryPoint = model.getEntryPoints().get(0);
        entryPoint.getSdgTargets().clear();
        entryPoint.getGcmObjectives().clear();
        assertOnlyProblem(Severity.ERROR, Rule.ENTRY_POINT_UNLINKED, entryPoint,
                "The entry point is linked to neither an SDG target nor a GCM objective.");
    }

    @Test
    void anAcceptedEntryPointMustSayWhereItEnters() {
        EntryPoint entryPoint = model.getEntryPoints().get(0);
        entryPoint.setStatus(EntryPointStatus.ACCEPTED);
        entryPoint.setAt(null);
        assertOnlyProblem(Severity.ERROR, Rule.ENTRY_POINT_NOWHERE, entryPoint,
                "The entry point is accepted but does not say at which plan element it enters.");
    }

    @Test
    void aLinkKindMustFitItsEnds() {
        Link measured = model.getLinks().get(1);
        measured.setKind(LinkKind.PROXY_FOR);
        assertOnlyProblem(Severity.ERROR, Rule.LINK_KIND, measured,
                "A link 'proxyFor' cannot go from Target to Indicator; it goes Indicator → Indicator, SdgIndicator.");
    }

    @Test
    void aLinkMayNotJoinAnElementToItself() {
        Link measured = model.getLinks().get(1);
        measured.setTarget(target());
        assertOnlyProblem(Severity.ERROR, Rule.LINK_SELF, measured, "The link goes from an element to itself.");
    }

    @Test
    void theSameLinkTwiceIsAWarningOnTheSecond() {
        Link again = EnlaceFactory.eINSTANCE.createLink();
        again.setId("l-3");
        again.setKind(LinkKind.MEASURED_BY);
        again.setSource(target());
        again.setTarget(indicator());
        model.getLinks().add(again);
        assertOnlyProblem(Severity.WARNING, Rule.LINK_DUPLICATE, again,
                "The link 'measuredBy' from target to indicator is there twice.");
    }

    @Test
    void aLinkCreationTimeMustBeAnIsoInstant() {
        Link measured = model.getLinks().get(1);
        measured.setCreated("2026-11-23 10:00");
        assertOnlyProblem(Severity.ERROR, Rule.TIMESTAMP, measured,
                "'2026-11-23 10:00' is not an ISO-8601 UTC time (e.g. 2026-11-23T14:25:00Z).");
    }

    @Test
    void pagesStartAtOne() {
        passage().setPage(0);
        assertOnlyProblem(Severity.ERROR, Rule.PASSAGE_PAGE, passage(),
                "The page number 0 is not valid; pages start at 1.");
    }

    @Test
    void aPassageMayNotEndBeforeItStarts() {
        passage().setEndOffset(1000);
        assertOnlyProblem(Severity.ERROR, Rule.PASSAGE_OFFSETS, passage(),
                "The passage offsets 1200-1000 are not valid.");
    }

    @Test
    void aPassageMayNotStartBeforeTheText() {
        passage().setStartOffset(-1);
        assertOnlyProblem(Severity.ERROR, Rule.PASSAGE_OFFSETS, passage(),
                "The passage offsets -1-1290 are not valid.");
    }

    @Test
    void aDiagramEdgeMustJoinTheNodesOfItsLinksEnds() {
        Diagram diagram = model.getDiagrams().get(0);
        var edge = diagram.getEdges().get(0);
        edge.setSource(diagram.getNodes().get(1));
        edge.setTarget(diagram.getNodes().get(0));
        assertOnlyProblem(Severity.ERROR, Rule.EDGE_ENDS, edge,
                "The diagram edge of link l-1 does not join the nodes of the link's ends.");
    }

    @Test
    void messagesFollowTheChosenLocale() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        passage().setPage(0);
        assertOnlyProblem(Severity.ERROR, Rule.PASSAGE_PAGE, passage(),
                "El número de página 0 no es válido; las páginas empiezan en 1.");
    }

    private void assertOnlyProblem(Severity severity, Rule rule, EObject subject, String message) {
        assertEquals(List.of(new Problem(severity, rule, subject, message)), validator.validate(model));
    }

    private Goal goal() {
        return model.getPlans().get(0).getPillars().get(0).getGoals().get(0);
    }

    private Target target() {
        return goal().getTargets().get(0);
    }

    private Indicator indicator() {
        return target().getIndicators().get(0);
    }

    private Passage passage() {
        return model.getDocuments().get(0).getPassages().get(0);
    }
}
