package org.enlace.corpus.detect.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.enlace.corpus.internal.detect.sdg.FoldedTokens;
import org.junit.jupiter.api.Test;

/**
 * The hand-written Spanish ({@code es-*}) clauses of the shipped packs: sentences written for this
 * test (none is taken from a labelled file) fire the expected clauses of the expected goals, and
 * look-alikes of the same words fire none.
 */
class SpanishSdgClausesTest {

    private static final List<SdgQueryPack> PACKS = SdgQueryPack.shipped();

    /** Goal number to the labels of the Spanish clauses that fire on the text, in pack order. */
    private static Map<Integer, List<String>> spanishHits(String text) {
        FoldedTokens tokens = new FoldedTokens(text);
        Map<Integer, List<String>> fired = new TreeMap<>();
        for (SdgQueryPack pack : PACKS) {
            for (SdgClause clause : pack.clauses()) {
                if (clause.label().startsWith("es-") && !clause.hits(tokens).isEmpty()) {
                    fired.computeIfAbsent(pack.goal(), g -> new ArrayList<>()).add(clause.label());
                }
            }
        }
        return fired;
    }

    @Test
    void everyShippedPackEndsWithConsecutivelyNumberedSpanishClauses() {
        assertEquals(17, PACKS.size());
        for (SdgQueryPack pack : PACKS) {
            List<String> spanish = pack.clauses().stream().map(SdgClause::label).filter(l -> l.startsWith("es-")).toList();
            assertTrue(spanish.size() >= 9 && spanish.size() <= 25, "goal " + pack.goal() + ": " + spanish.size());
            for (int i = 0; i < spanish.size(); i++) {
                assertEquals("es-" + (i + 1), spanish.get(i), "goal " + pack.goal());
            }
            List<SdgClause> clauses = pack.clauses();
            assertEquals(spanish, clauses.subList(clauses.size() - spanish.size(), clauses.size()).stream()
                    .map(SdgClause::label).toList(), "goal " + pack.goal() + ": Spanish clauses come last");
        }
    }

    @Test
    void migrantsRefugeesAndMigratoryStatusFireGoalTen() {
        assertEquals(Map.of(10, List.of("es-9", "es-11", "es-12")), spanishHits(
                "Facilitaremos la regularización migratoria de las personas migrantes y refugiadas."));
    }

    @Test
    void dataAndCloudMigrationFireNoMigrationClause() {
        assertEquals(Map.of(), spanishHits("La migración de datos a la nube del sistema tributario concluirá en 2026."));
        assertEquals(Map.of(), spanishHits("Se hará la migración jurídica de los folios al nuevo sistema registral."));
    }

    @Test
    void migratorySpeciesFireTheWetlandClauseButNotGoalTen() {
        assertEquals(Map.of(15, List.of("es-8")),
                spanishHits("El plan protege las rutas de las aves migratorias que llegan al humedal."));
    }

    @Test
    void remittancesOfHouseholdsCountButATaxOnRemittancesDoesNot() {
        assertEquals(Map.of(10, List.of("es-15")),
                spanishHits("Bajaremos el costo de envío de las remesas que reciben los hogares."));
        assertEquals(Map.of(), spanishHits("El impuesto sobre remesas al exterior financiará la banca estatal."));
    }

    @Test
    void extremePovertyAndCashTransfersFireGoalOne() {
        assertEquals(Map.of(1, List.of("es-1", "es-2", "es-5", "es-6")), spanishHits(
                "Reducir la pobreza extrema con transferencias monetarias condicionadas y protección social."));
    }

    @Test
    void aMinistryNameIsNotSocialProtection() {
        assertEquals(Map.of(), spanishHits("El Ministerio de Salud y Protección Social presidirá la comisión."));
    }

    @Test
    void enrolmentDropOutAndEarlyEducationFireGoalFour() {
        assertEquals(Map.of(4, List.of("es-1", "es-2", "es-3")), spanishHits(
                "Bajar la deserción escolar y subir la matrícula en educación inicial."));
    }

    @Test
    void vehicleRegistrationIsNotSchoolEnrolment() {
        assertEquals(Map.of(), spanishHits("La matrícula de vehículos y motocicletas creció un 8 %."));
    }

    @Test
    void justiceHomicidesAndCorruptionFireGoalSixteen() {
        assertEquals(Map.of(16, List.of("es-1", "es-2", "es-3", "es-18")), spanishHits(
                "Ampliar el acceso a la justicia y reducir la violencia homicida y la corrupción."));
    }

    @Test
    void earlyWarningCountsForClimateOnlyNearAHazard() {
        assertEquals(Map.of(13, List.of("es-5", "es-6")),
                spanishHits("Instalaremos sistemas de alerta temprana ante inundaciones."));
        assertEquals(Map.of(5, List.of("es-2")),
                spanishHits("Crear alertas tempranas de violencia contra las mujeres."));
    }

    @Test
    void englishTextFiresNoSpanishClause() {
        assertEquals(Map.of(), spanishHits("Migrants send remittances home; poverty reduction, social protection, "
                + "school enrolment, biogas and access to justice matter to the Swedish agency Sida."));
    }
}
