package org.enlace.corpus.detect.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.enlace.corpus.internal.detect.sdg.FoldedTokens;
import org.junit.jupiter.api.Test;

class SdgQueryPackTest {

    private static List<SdgClauseHit> hits(String expression, String text) {
        SdgQueryPack pack = SdgQueryPack.parse("test.txt", 1, List.of("c1: " + expression));
        return pack.clauses().get(0).hits(new FoldedTokens(text));
    }

    @Test
    void wordWildcardsMatchEndingsAndOneLetter() {
        assertEquals(List.of(new SdgClauseHit(1, "c1", 3, 14)), hits("eradicat*", "to eradication"));
        assertEquals(List.of(new SdgClauseHit(1, "c1", 0, 10)), hits("fertili?er", "fertilizer use"));
        assertEquals(List.of(), hits("fertili?er", "fertiliiser use"));
    }

    @Test
    void caseAndAccentsAreIgnored() {
        assertEquals(List.of(new SdgClauseHit(1, "c1", 3, 12)), hits("migracion", "la MIGRACIÓN"));
    }

    @Test
    void phraseNeedsConsecutiveWordsAndPunctuationSeparates() {
        assertEquals(List.of(new SdgClauseHit(1, "c1", 0, 14)), hits("\"socio-economic\"", "socio economic gap"));
        assertEquals(List.of(), hits("\"water supply\"", "water and supply"));
    }

    @Test
    void nearCountsTheWordsBetweenInEitherOrder() {
        assertEquals(1, hits("poverty NEAR/3 reduc*", "reduce the level of poverty").size());
        assertEquals(0, hits("poverty NEAR/2 reduc*", "reduce the level of poverty").size());
    }

    @Test
    void andNeedsBothAndNotExcludes() {
        assertEquals(2, hits("water AND sanit*", "water, and later sanitation").size());
        assertEquals(0, hits("water AND sanit*", "water only").size());
        assertEquals(0, hits("water NOT marine", "marine water").size());
        assertEquals(1, hits("water NOT marine", "fresh water").size());
    }

    @Test
    void orBindsTighterThanNearAndNearTighterThanAnd() {
        assertEquals(List.of(new SdgClauseHit(1, "c1", 0, 13), new SdgClauseHit(1, "c1", 18, 26)),
                hits("end OR ending NEAR/1 hunger AND child*", "ending hunger for children"));
        assertEquals(0, hits("(end OR ending NEAR/1 hunger) AND child*", "ending hunger").size());
    }

    @Test
    void shippedPacksCoverAllGoals() {
        List<SdgQueryPack> packs = SdgQueryPack.shipped();
        assertEquals(17, packs.size());
        for (int g = 0; g < 17; g++) {
            assertEquals(g + 1, packs.get(g).goal());
        }
        assertEquals("aurora-1.1", packs.get(0).clauses().get(0).label());
    }

    @Test
    void errorsNameFileLineAndWhatToWrite() {
        SdgPackException missingLabel = assertThrows(SdgPackException.class,
                () -> SdgQueryPack.parse("goal-02.txt", 2, List.of("# comment", "", "hunger AND")));
        assertEquals("goal-02.txt, line 3: expected LABEL: EXPRESSION, e.g. es-1: pobreza NEAR/3 (reducir OR erradicar)",
                missingLabel.getMessage());
        assertEquals("goal-02.txt, line 1: the expression ends too early; write a word, a \"phrase\" or (...)",
                assertThrows(SdgPackException.class,
                        () -> SdgQueryPack.parse("goal-02.txt", 2, List.of("a: hunger AND"))).getMessage());
        assertEquals("goal-02.txt, line 1: missing ')'; close every '(' on the same line",
                assertThrows(SdgPackException.class,
                        () -> SdgQueryPack.parse("goal-02.txt", 2, List.of("a: (hunger OR food"))).getMessage());
        assertEquals("goal-02.txt, line 1: unclosed quote in \"food; end the phrase with \"",
                assertThrows(SdgPackException.class,
                        () -> SdgQueryPack.parse("goal-02.txt", 2, List.of("a: \"food"))).getMessage());
        assertEquals("goal-02.txt, line 2: label a is used twice; give each clause its own",
                assertThrows(SdgPackException.class,
                        () -> SdgQueryPack.parse("goal-02.txt", 2, List.of("a: food", "a: hunger"))).getMessage());
        assertEquals("goal-02.txt, line 1: unexpected 'hunger'; join parts with OR, AND, NOT or NEAR/n",
                assertThrows(SdgPackException.class,
                        () -> SdgQueryPack.parse("goal-02.txt", 2, List.of("a: food hunger"))).getMessage());
    }
}
