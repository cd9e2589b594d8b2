package org.enlace.corpus.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.enlace.corpus.search.IndexedPassage;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {

    private static IndexedPassage passage(int ordinal, String heading, String text) {
        return new IndexedPassage("plan", ordinal, "Plan", "COL", "national", "es", 2022, 2026, "", 1 + ordinal, 0,
                text.length(), heading, text);
    }

    private static final List<IndexedPassage> PASSAGES = List.of(
            passage(0, "Diagnóstico", "En 2022 llegaron al país más de dos millones de personas migrantes venezolanas."),
            passage(1, "Datos", "Se hará la migración de datos del sistema de información a la nube."),
            passage(2, "Salud › Programas", "Garantizaremos el acceso a la salud de la población migrante y "
                    + "crearemos un programa de regularización migratoria."),
            passage(3, "Ambiente", "Protegeremos las aves migratorias de los humedales."),
            passage(4, "Vías", "Se construirán vías terciarias en la frontera agrícola."));

    private final CandidateFinder finder = new CandidateFinder(new MigrationScorer(QueryPack.builtIn()));

    @Test
    void commitmentsComeFirstThenOtherMentionsAndLookAlikesAreLeftOut() {
        List<Candidate> candidates = finder.find(PASSAGES, passage -> false);
        assertEquals(List.of("plan#2", "plan#0"), candidates.stream().map(Candidate::id).toList());
        assertTrue(candidates.get(0).assessment().entryPoint());
        org.junit.jupiter.api.Assertions.assertFalse(candidates.get(1).assessment().entryPoint());
        assertEquals("10.7", candidates.get(0).assessment().targets().get(0).code());
    }

    @Test
    void reviewedPassagesAreNotProposedAgain() {
        List<Candidate> candidates = finder.find(PASSAGES, passage -> passage.ordinal() == 2);
        assertEquals(List.of("plan#0"), candidates.stream().map(Candidate::id).toList());
    }
}
