package org.enlace.corpus.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.enlace.corpus.detect.PackSection.Kind;
import org.junit.jupiter.api.Test;

class MigrationScorerTest {

    private static final String PACK = """
            pack test 1
            [migration]
            migrante
            0.5 frontera
            [exclude]
            "frontera agrícola"
            [commitment]
            *aremos
            [target 10.7]
            migrante
            [target 8.8]
            "trabajadores migrantes"~2
            0.5 laboral
            [gcm 6]
            "trabajadores migrantes"~2
            """;

    private final MigrationScorer scorer = scorer(PACK);

    private static MigrationScorer scorer(String text) {
        try {
            return new MigrationScorer(PackParser.parse("test", text));
        } catch (PackException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void commitmentOnMigrantWorkersRanksTheirTargetFirstAndExplainsItself() {
        String text = "Garantizaremos los derechos de los trabajadores agrícolas migrantes y su inclusión laboral.";
        MigrationAssessment a = scorer.assess(text, "", "es");
        assertEquals(1.0, a.migrationScore());
        assertEquals(true, a.migration());
        assertEquals(true, a.entryPoint());
        assertEquals(List.of(new Suggestion("8.8", 1.5, List.of("\"trabajadores migrantes\"~2", "laboral")),
                new Suggestion("10.7", 1.0, List.of("migrante"))), a.targets());
        assertEquals(List.of(new Suggestion("6", 1.0, List.of("\"trabajadores migrantes\"~2"))), a.objectives());
        Firing migrants = a.firings().get(0);
        assertEquals(new Firing(Kind.MIGRATION, "", "migrante", 1.0, 58, 67, false, false), migrants);
        assertEquals("migrantes", text.substring(migrants.start(), migrants.end()));
        Firing proximity = a.firings().stream().filter(f -> f.code().equals("8.8")).findFirst().orElseThrow();
        assertEquals("trabajadores agrícolas migrantes", text.substring(proximity.start(), proximity.end()));
    }

    @Test
    void diagnosisIsMigrationButNoEntryPoint() {
        MigrationAssessment a = scorer.assess("El número de migrantes creció en 2023.", "", "es");
        assertEquals(true, a.migration());
        assertEquals(false, a.entryPoint());
        assertEquals(0.0, a.commitmentScore());
    }

    @Test
    void openingInfinitiveIsACommitment() {
        MigrationAssessment a = scorer.assess("Impulsar la salud de la población migrante.", "", "es");
        assertEquals(1.0, a.commitmentScore());
        assertEquals(true, a.entryPoint());
    }

    @Test
    void weakCueAloneIsNotEnoughAndExcludedMatchesDoNotCount() {
        MigrationAssessment weak = scorer.assess("Reforzaremos la frontera norte.", "", "es");
        assertEquals(0.5, weak.migrationScore());
        assertEquals(false, weak.migration());
        MigrationAssessment excluded = scorer.assess("Cerraremos la frontera agrícola.", "", "es");
        assertEquals(0.0, excluded.migrationScore());
        assertEquals(List.of(new Firing(Kind.EXCLUDE, "", "\"frontera agrícola\"", 1.0, 14, 31, false, false),
                new Firing(Kind.MIGRATION, "", "frontera", 0.5, 14, 22, false, true),
                new Firing(Kind.COMMITMENT, "", "*aremos", 1.0, 0, 10, false, false)), excluded.firings());
    }

    @Test
    void aClauseCountsOnceHoweverOftenItMatches() {
        MigrationAssessment a = scorer.assess("Migrantes, migrantes y más migrantes.", "", "es");
        assertEquals(1.0, a.migrationScore());
        assertEquals(3, a.firings().stream().filter(f -> f.kind() == Kind.MIGRATION).count());
    }

    @Test
    void headingAddsCommitmentFullyAndMigrationAtHalfWeight() {
        MigrationAssessment a = scorer.assess("El número de migrantes creció.", "Reforzaremos la frontera", "es");
        assertEquals(1.25, a.migrationScore());
        assertEquals(true, a.entryPoint());
    }

    @Test
    void accentsAndPluralsMatchAsInSearch() {
        assertEquals(true, scorer.assess("MIGRANTES en tránsito", "", "es").migration());
        assertEquals(true, scorer.assess("la población migrante", "", "es").migration());
    }

    @Test
    void migrationPriorSuggestsItsTargetForAnyMigrationPassageOnly() {
        MigrationScorer prior = scorer("pack p 1\n[migration]\nrefugiado\n[target 10.7]\n0.5 @migration\n"
                + "[target 1.3]\n\"protección social\"\n");
        MigrationAssessment a = prior.assess("Protección social para personas refugiadas.", "", "es");
        assertEquals(List.of(new Suggestion("1.3", 1.0, List.of("\"protección social\"")),
                new Suggestion("10.7", 0.5, List.of("@migration"))), a.targets());
        assertEquals(List.of(new Suggestion("1.3", 1.0, List.of("\"protección social\""))),
                prior.assess("Protección social para todos.", "", "es").targets());
    }

    @Test
    void builtInPackRanksMigrationAsSuchFirst() {
        MigrationScorer builtIn = new MigrationScorer(QueryPack.builtIn());
        MigrationAssessment a = builtIn.assess(
                "Crearemos una política migratoria que facilite la regularización de las personas migrantes.", "",
                "es");
        assertEquals(true, a.entryPoint());
        assertEquals("10.7", a.targets().get(0).code());
        assertEquals("5", a.objectives().get(0).code());
    }
}
