package org.enlace.corpus.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeywordBaselinesTest {

    @Test
    void narrowRuleNeedsAMigraWord() {
        assertEquals(true, KeywordBaselines.narrow("La Inmigración creció."));
        assertEquals(true, KeywordBaselines.narrow("migración de datos"));
        assertEquals(false, KeywordBaselines.narrow("Las personas refugiadas"));
        assertEquals(false, KeywordBaselines.narrow("transmigrar"));
    }

    @Test
    void broadRuleTakesAnyLexiconWordInAnySense() {
        assertEquals(true, KeywordBaselines.broad("Las personas refugiadas"));
        assertEquals(true, KeywordBaselines.broad("la frontera agrícola"));
        assertEquals(true, KeywordBaselines.broad("costarricenses que viven en el extranjero"));
        assertEquals(true, KeywordBaselines.broad("la trata de niñas"));
        assertEquals(false, KeywordBaselines.broad("se trata de un plan"));
        assertEquals(false, KeywordBaselines.broad("Educación y salud para todos."));
    }
}
