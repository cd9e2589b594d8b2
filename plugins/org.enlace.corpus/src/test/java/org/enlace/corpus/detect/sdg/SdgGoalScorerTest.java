package org.enlace.corpus.detect.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.enlace.corpus.internal.detect.sdg.CatalogueSimilarity.GoalText;
import org.junit.jupiter.api.Test;

class SdgGoalScorerTest {

    private static final List<GoalText> GOALS = List.of(
            new GoalText("End poverty in all its forms", "Poner fin a la pobreza"),
            new GoalText("Ensure clean water and sanitation", "Agua limpia y saneamiento"));

    private static SdgGoalScorer scorer(SdgParameters parameters) {
        return new SdgGoalScorer(List.of(
                SdgQueryPack.parse("g1", 1, List.of("p1: poverty NEAR/3 (reduc* OR end*)", "p2: \"social protection\"")),
                SdgQueryPack.parse("g2", 2, List.of("w1: \"drinking water\""))), GOALS, parameters);
    }

    @Test
    void clausesThatFireAreReportedWithOffsets() {
        List<SdgGoalScore> scores = scorer(new SdgParameters(1, 0, 0, 1))
                .score("Reducing poverty needs social protection.");
        assertEquals(List.of(new SdgClauseHit(1, "p1", 0, 16), new SdgClauseHit(1, "p2", 23, 40)), scores.get(0).hits());
        assertEquals(2, scores.get(0).clauses());
        assertEquals(Math.log(3) / Math.log(2), scores.get(0).score(), 1e-12);
        assertEquals(List.of(true, false), scores.stream().map(SdgGoalScore::detected).toList());
    }

    @Test
    void catalogueSimilarityAloneCanDecide() {
        List<SdgGoalScore> scores = scorer(new SdgParameters(0, 0, 1, 1)).score("Saneamiento y agua limpia");
        assertEquals(List.of(false, true), scores.stream().map(SdgGoalScore::detected).toList());
        assertEquals(0.0, scores.get(0).similarity());
    }

    @Test
    void textWithoutEvidenceScoresZero() {
        List<SdgGoalScore> scores = scorer(new SdgParameters(1, 8, 1, 0.5)).score("The weather was fine.");
        assertEquals(List.of(0.0, 0.0), scores.stream().map(SdgGoalScore::score).toList());
        assertEquals(List.of(false, false), scores.stream().map(SdgGoalScore::detected).toList());
    }

    @Test
    void shippedScorerFindsWaterFirstInAWaterSentence() {
        List<SdgGoalScore> scores = SdgGoalScorer.shipped()
                .score("Access to safe drinking water and sanitation remains low in rural areas.");
        // SDG 3 fires too: its indicator 3.9.2 is deaths from unsafe water and unsafe sanitation.
        assertEquals(List.of(3, 6), scores.stream().filter(SdgGoalScore::detected).map(SdgGoalScore::goal).toList());
        assertEquals(6, scores.stream().max(java.util.Comparator.comparingDouble(SdgGoalScore::score)).orElseThrow()
                .goal());
    }

    @Test
    void catalogueTextsHoldGoalTargetAndIndicatorTitlesInBothLanguages() {
        GoalText water = SdgGoalScorer.catalogueTexts().get(5);
        List<String> english = water.english().lines().toList();
        List<String> spanish = water.spanish().lines().toList();
        assertEquals("Ensure availability and sustainable management of water and sanitation for all", english.get(0));
        assertTrue(english.contains("Proportion of population using safely managed drinking water services"));
        assertTrue(spanish.contains(
                "Proporción de la población que utiliza servicios de suministro de agua potable gestionados sin riesgos"));
        assertEquals(english.size(), spanish.size());
    }

    @Test
    void shippedParametersAreTheFittedOnes() {
        assertEquals(new SdgParameters(1, 16, 0, 1.919728), SdgParameters.shipped());
    }
}
