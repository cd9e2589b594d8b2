package org.enlace.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.enlace.model.Action;
import org.enlace.model.CatalogEntry;
import org.enlace.model.GcmObjective;
import org.enlace.model.LineOfAction;
import org.enlace.model.MigrationRelevance;
import org.enlace.model.SdgIndicator;
import org.enlace.model.SdgTarget;
import org.enlace.model.persistence.EnlaceResourceSets;
import org.junit.jupiter.api.Test;

/** The shipped catalogues as the query sees them, checked against the CSV sources they are generated from. */
class CatalogQueryTest {

    private static final String TARGET_10_7_EN = "Facilitate orderly, safe, regular and responsible migration and "
            + "mobility of people, including through the implementation of planned and well-managed migration policies";
    private static final String TARGET_10_7_ES = "Facilitar la migración y la movilidad ordenadas, seguras, regulares y "
            + "responsables de las personas, incluso mediante la aplicación de políticas migratorias planificadas y "
            + "bien gestionadas";
    private static final String TARGET_10_7_FR = "Faciliter la migration et la mobilité de façon ordonnée, sûre, "
            + "régulière et responsable, notamment par la mise en œuvre de politiques migratoires planifiées et "
            + "bien gérées";

    private final CatalogQuery query = new CatalogQuery(EnlaceResourceSets.create());

    @Test
    void sdgCatalogueHas17Goals169TargetsAnd231UniqueIndicatorsAnswering248Codes() {
        assertEquals(17, query.sdgGoals().size());
        assertEquals(169, query.sdgTargets().size());
        assertEquals(231, query.sdgIndicators().size());
        int codes = query.sdgIndicators().stream().mapToInt(i -> 1 + i.getAliases().size()).sum();
        assertEquals(248, codes);
    }

    @Test
    void everyCodeOfTheEnglishSourceResolvesToAnEntryOfItsKind() throws IOException {
        List<String[]> rows = sourceRows();
        assertEquals(17 + 169 + 248, rows.size());
        List<String> indicatorCodes = new ArrayList<>();
        for (String[] row : rows) {
            String kind = row[0];
            String code = row[1];
            Optional<CatalogEntry> entry = query.sdg(code);
            assertTrue(entry.isPresent(), code);
            switch (kind) {
                case "goal", "target" -> assertEquals(code, entry.get().getId());
                case "indicator" -> {
                    indicatorCodes.add(code);
                    SdgIndicator indicator = (SdgIndicator) entry.get();
                    assertTrue(code.equals(indicator.getId()) || indicator.getAliases().contains(code), code);
                }
                default -> throw new AssertionError("unexpected kind " + kind);
            }
        }
        assertEquals(248, indicatorCodes.size());
        assertEquals(248, Set.copyOf(indicatorCodes).size());
    }

    @Test
    void target10_7HasItsOfficialTitleInEnglishSpanishAndFrench() {
        SdgTarget target = query.sdgTarget("10.7").orElseThrow();
        assertEquals(TARGET_10_7_EN, target.getTitleEn());
        assertEquals(TARGET_10_7_ES, target.getTitleEs());
        assertEquals(TARGET_10_7_FR, target.getTitleFr());
        assertEquals(TARGET_10_7_EN, Titles.title(target, "en"));
        assertEquals(TARGET_10_7_ES, Titles.title(target, "es"));
        assertEquals(TARGET_10_7_FR, Titles.title(target, "fr"));
        assertEquals(MigrationRelevance.CENTRAL, target.getMigrationRelevance());
        assertEquals("10", target.getGoal().getId());
    }

    @Test
    void indicator10_7_2HasItsOfficialEnglishTitleAndBelongsTo10_7() {
        SdgIndicator indicator = query.sdgIndicator("10.7.2").orElseThrow();
        assertEquals("Number of countries with migration policies that facilitate orderly, safe, regular and "
                + "responsible migration and mobility of people", indicator.getTitleEn());
        assertEquals(List.of("10.7"), indicator.getTargets().stream().map(SdgTarget::getId).toList());
    }

    @Test
    void target11_cIsTheOnlyTargetWithoutIndicators() {
        assertTrue(query.sdgTarget("11.c").orElseThrow().getIndicators().isEmpty());
        assertEquals(List.of("11.c"), query.sdgTargets().stream()
                .filter(t -> t.getIndicators().isEmpty()).map(SdgTarget::getId).toList());
    }

    @Test
    void aRepeatedIndicatorCodeResolvesToTheObjectOfItsFirstCode() {
        SdgIndicator first = query.sdgIndicator("1.5.1").orElseThrow();
        SdgIndicator alias = query.sdgIndicator("11.5.1").orElseThrow();
        assertSame(first, alias);
        assertEquals("1.5.1", alias.getId());
        assertEquals(List.of("11.5.1", "13.1.1"), alias.getAliases());
        assertSame(first, query.sdgIndicator("13.1.1").orElseThrow());
    }

    @Test
    void unknownCodesAndCodesOfTheWrongKindAreEmpty() {
        assertTrue(query.sdg("10.99").isEmpty());
        assertTrue(query.sdgTarget("10.7.2").isEmpty(), "an indicator is not a target");
        assertTrue(query.sdgIndicator("10.7").isEmpty(), "a target is not an indicator");
        assertEquals("10.7", query.sdg(" 10.7 ").orElseThrow().getId(), "codes are trimmed");
    }

    @Test
    void migrationRelevantTargetsAreExactlyTheCuratedOnesAndWildlifeTraffickingIsNone() {
        Set<String> ids = query.migrationRelevantTargets().stream().map(SdgTarget::getId).collect(Collectors.toSet());
        assertEquals(Set.of("10.7", "10.c", "8.7", "8.8", "5.2", "16.2", "4.b", "17.18", "17.3", "8.3", "8.5", "8.6"),
                ids);
        assertEquals(12, query.migrationRelevantTargets().size());
        assertEquals(MigrationRelevance.NONE, query.sdgTarget("15.7").orElseThrow().getMigrationRelevance());
        assertEquals(MigrationRelevance.NONE, query.sdgTarget("15.c").orElseThrow().getMigrationRelevance());
        assertEquals(MigrationRelevance.DISAGGREGATION, query.sdgTarget("8.5").orElseThrow().getMigrationRelevance());
        assertEquals(MigrationRelevance.DIRECT, query.sdgTarget("17.18").orElseThrow().getMigrationRelevance());
    }

    @Test
    void gcmHas23ObjectivesWithTheirOfficialTitles() {
        List<GcmObjective> objectives = query.gcmObjectives();
        assertEquals(23, objectives.size());
        GcmObjective first = query.gcmObjective("1").orElseThrow();
        assertSame(objectives.get(0), first);
        assertEquals("Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
                first.getTitleEn());
        assertEquals("Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica",
                first.getTitleEs());
        assertEquals(17, first.getParagraph());
        GcmObjective last = query.gcmObjective("23").orElseThrow();
        assertSame(objectives.get(22), last);
        assertEquals("Strengthen international cooperation and global partnerships for safe, orderly and regular "
                + "migration", last.getTitleEn());
        assertEquals("Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, "
                + "ordenada y regular", last.getTitleEs());
        assertEquals(39, last.getParagraph());
        assertTrue(query.gcmObjective("24").isEmpty());
    }

    @Test
    void linesOfActionHaveSixLinesAndNineteenActions() {
        List<LineOfAction> lines = query.linesOfAction();
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), lines.stream().map(LineOfAction::getId).toList());
        List<String> actions = lines.stream().flatMap(l -> l.getActions().stream()).map(Action::getId).toList();
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2",
                "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3"), actions);
    }

    @Test
    void action3_2IsTheDisaggregationByMigratoryStatusInEnglishAndSpanish() {
        Action action = query.action("3.2").orElseThrow();
        assertEquals("Proposal for the disaggregation of social and economic indicators, by migratory status",
                action.getTitleEn());
        assertEquals("Propuesta para la desagregación de indicadores sociales y económicos, por condición migratoria",
                action.getTitleEs());
        assertEquals("3", ((LineOfAction) action.eContainer()).getId());
        assertEquals(List.of("3.2.1", "3.2.2", "3.2.3"),
                action.getActivities().stream().map(a -> a.getId()).toList());
    }

    @Test
    void matchingIgnoresAccentsAndCase() {
        SdgTarget target = query.sdgTarget("10.7").orElseThrow();
        assertTrue(CatalogQuery.matches(target, "MIGRACION"));
        assertTrue(CatalogQuery.matches(target, "migración"));
        assertTrue(CatalogQuery.matches(target, "MISE EN ŒUVRE"));
        assertTrue(CatalogQuery.matches(target, "10.7"));
        assertTrue(CatalogQuery.matches(target, "  "), "no words match everything");
        assertFalse(CatalogQuery.matches(query.sdgTarget("15.7").orElseThrow(), "MIGRACION"));
        assertFalse(CatalogQuery.matches(target, "remesas"));
    }

    @Test
    void matchingNeedsEveryTypedWordToBeginAWordOfTheEntry() {
        SdgTarget target = query.sdgTarget("10.7").orElseThrow();
        assertTrue(CatalogQuery.matches(target, "migr segur"));
        assertTrue(CatalogQuery.matches(target, "SEGUR, migr"), "any order, punctuation between");
        assertTrue(CatalogQuery.matches(target, "10.7 orderly"), "code and title words together");
        assertFalse(CatalogQuery.matches(target, "igracion"), "the middle of a word is not its beginning");
        assertFalse(CatalogQuery.matches(target, "migr remesas"), "one word missing");
    }

    @Test
    void titleFallsBackToEnglishWhenTheLanguageHasNone() {
        SdgIndicator indicator = query.sdgIndicator("11.5.3").orElseThrow();
        String english = "(a) Damage to critical infrastructure and (b) number of disruptions to basic services, "
                + "attributed to disasters";
        assertNull(indicator.getTitleFr());
        assertEquals(english, Titles.title(indicator, "fr"));
        assertEquals("a) Daños en la infraestructura crítica y b) número de interrupciones de los servicios básicos, "
                + "atribuidos a desastres", Titles.title(indicator, "es"));
        assertEquals(english, Titles.title(indicator, "de"), "unknown languages read English");
        assertEquals(english, Titles.title(indicator, null));
        assertEquals(english, Titles.shortTitle(indicator, "fr"), "no short title: the title");
    }

    @Test
    void shortTitleOfAGoalIsItsShortName() {
        CatalogEntry goal = query.sdg("10").orElseThrow();
        assertEquals("Reduced inequalities", Titles.shortTitle(goal, "en"));
    }

    /** kind and code of every row of catalog-source/sdg-en.csv; both come before any quoted column. */
    private static List<String[]> sourceRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("catalog-source/sdg-en.csv"), StandardCharsets.UTF_8);
        assertEquals("kind,code,parent,title", lines.get(0));
        return lines.stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split(",", 3)).toList();
    }
}
