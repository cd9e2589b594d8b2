package org.enlace.corpus.internal.detect.sdg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.enlace.corpus.internal.detect.sdg.CatalogueSimilarity.GoalText;
import org.junit.jupiter.api.Test;

class CatalogueSimilarityTest {

    private static final CatalogueSimilarity SIMILARITY = new CatalogueSimilarity(List.of(
            new GoalText("poverty and hunger", "pobreza"),
            new GoalText("water", "agua")));

    @Test
    void englishTextMeetsTheEnglishWording() {
        // "poverty" is one of goal 1's two equally weighted English stems: cosine 1/sqrt(2).
        assertArrayEquals(new double[] {Math.sqrt(0.5), 0}, SIMILARITY.similarities("Poverty"), 1e-12);
    }

    @Test
    void spanishTextMeetsTheSpanishWording() {
        assertArrayEquals(new double[] {1, 0}, SIMILARITY.similarities("La pobreza extrema"), 1e-12);
    }

    @Test
    void eachGoalTakesTheBetterLanguageUndilutedByTheOther() {
        // English index: only "water" is known (goal 2, cosine 1); Spanish index: only "pobreza"
        // (goal 1, cosine 1). Neither language's unknown words lower the other's cosine.
        assertArrayEquals(new double[] {1, 1}, SIMILARITY.similarities("water, pobreza"), 1e-12);
    }

    @Test
    void wordsOfNoGoalGiveZero() {
        assertArrayEquals(new double[] {0, 0}, SIMILARITY.similarities("The weather was fine."), 1e-12);
    }
}
