package org.enlace.corpus.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Four hand-labelled rows; every figure below is counted by hand from them. */
class MigrationEvaluationTest {

    private static final List<LabelledPassage> ROWS = List.of(
            // scorer: migration, entry (future tense); narrow yes; broad yes; targets 10.7 first
            new LabelledPassage("a", "d", "Crearemos una política migratoria.", true, true, List.of("10.7")),
            // scorer: migration, no entry; narrow no; broad yes; labelled 8.7 is first
            new LabelledPassage("b", "d", "La trata de personas creció.", true, false, List.of("8.7")),
            // look-alike: scorer no; narrow yes; broad yes
            new LabelledPassage("c", "d", "La migración de datos terminó.", false, false, List.of()),
            // scorer no; narrow no; broad no; labelled migration but no word (missed): top-k wrong
            new LabelledPassage("d", "d", "Evitaremos la fuga de ideas.", true, true, List.of("9.5")));

    @Test
    void countsScorerAndBaselinesOnTheSameRows() {
        MigrationEvaluation e = MigrationEvaluation.run(ROWS, new MigrationScorer(QueryPack.builtIn()), p -> "");
        assertEquals(4, e.rows());
        assertEquals(new Agreement(2, 0, 1), e.migration());
        assertEquals(new Agreement(1, 0, 1), e.entryPoint());
        assertEquals(3, e.targetRows());
        assertEquals(2, e.top1());
        assertEquals(2, e.top3());
        assertEquals(new Agreement(1, 1, 2), e.narrow().migration());
        assertEquals(new Agreement(1, 1, 1), e.narrow().entryPoint());
        assertEquals(new Agreement(2, 1, 1), e.broad().migration());
        assertEquals(new Agreement(1, 2, 1), e.broad().entryPoint());
        assertEquals("0.800", Agreement.format(e.migration().f1()));
        assertEquals("0.667", Agreement.format(e.top3Accuracy()));
    }

    @Test
    void emptyDecisionsScoreZeroNotUndefined() {
        assertEquals(0.0, Agreement.NONE.precision());
        assertEquals(0.0, Agreement.NONE.recall());
        assertEquals(0.0, Agreement.NONE.f1());
        assertEquals("0.500", Agreement.format(new Agreement(1, 1, 1).f1()));
    }
}
