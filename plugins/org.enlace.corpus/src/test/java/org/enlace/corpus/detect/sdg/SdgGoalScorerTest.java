package org.enlace.corpus.detect.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.enlace.corpus.detect.sdg.SdgParameters.Weights;
import org.enlace.corpus.internal.detect.sdg.CatalogueSimilarity.GoalText;
import org.junit.jupiter.api.Test;

class SdgGoalScorerTest {

    private static final List<GoalText> GOALS = List.of(
            new GoalText("End poverty in all its forms", "Poner fin a la pobreza"),
            new GoalText("Ensure clean water and sanitation", "Agua limpia y saneamiento"));

    private static SdgGoalScorer scorer(SdgParameters parameters) {
        return new SdgGoalScorer(List.of(
                SdgQueryPack.parse("g1", 1, List.of("p1: poverty NEAR/3 (reduc* OR end*)", "p2: \"social protection\"")),
                SdgQueryPack.parse("g2", 2, List.of("w1: \"drinking water\""))), GOALS, SdgVocabulary.empty(),
                parameters);
    }

    /** The same weights for English and other texts. */
    private static SdgParameters both(double clause, double similarity, double vocabulary, double threshold) {
        Weights weights = new Weights(clause, similarity, vocabulary, threshold);
        return new SdgParameters(weights, weights);
    }

    @Test
    void clausesThatFireAreReportedWithOffsets() {
        List<SdgGoalScore> scores = scorer(both(1, 0, 0, 1))
                .score("Reducing poverty needs social protection.");
        assertEquals(List.of(new SdgClauseHit(1, "p1", 0, 16), new SdgClauseHit(1, "p2", 23, 40)), scores.get(0).hits());
        assertEquals(2, scores.get(0).clauses());
        assertEquals(Math.log(3) / Math.log(2), scores.get(0).score(), 1e-12);
        assertEquals(List.of(true, false), scores.stream().map(SdgGoalScore::detected).toList());
    }

    @Test
    void catalogueSimilarityAloneCanDecide() {
        List<SdgGoalScore> scores = scorer(both(0, 1, 0, 0.01)).score("Saneamiento y agua limpia");
        assertEquals(List.of(false, true), scores.stream().map(SdgGoalScore::detected).toList());
        assertEquals(0.0, scores.get(0).similarity());
    }

    @Test
    void textWithoutEvidenceScoresZero() {
        List<SdgGoalScore> scores = scorer(both(1, 8, 1, 0.5)).score("The weather was fine.");
        assertEquals(List.of(0.0, 0.0), scores.stream().map(SdgGoalScore::score).toList());
        assertEquals(List.of(false, false), scores.stream().map(SdgGoalScore::detected).toList());
    }

    @Test
    void englishTextsTakeTheEnglishWeightsAndOthersTheOtherOnes() {
        SdgParameters parameters = new SdgParameters(new Weights(0, 0, 0, -1), new Weights(0, 0, 0, 1));
        SdgGoalScorer scorer = scorer(parameters);
        assertEquals(List.of(true, true), scorer.score("It is the water of the river that they drink.").stream()
                .map(SdgGoalScore::detected).toList());
        assertEquals(List.of(false, false), scorer.score("Es el agua del río la que beben los de la aldea.").stream()
                .map(SdgGoalScore::detected).toList());
    }

    @Test
    void learnedVocabularyAddsItsWeightedSimilarity() {
        SdgVocabulary vocabulary = SdgVocabulary.train(List.of(
                new SdgExample("Pupils sit exams in school.", 2, true),
                new SdgExample("Poor households get cash.", 1, true)));
        SdgGoalScorer scorer = new SdgGoalScorer(List.of(SdgQueryPack.parse("g1", 1, List.of()),
                SdgQueryPack.parse("g2", 2, List.of())), GOALS, vocabulary, both(0, 0, 2, 1));
        List<SdgGoalScore> scores = scorer.score("Exams in school");
        assertEquals(List.of(0.0, 2 * vocabulary.similarities("Exams in school")[1]),
                scores.stream().map(SdgGoalScore::score).toList());
        assertEquals(List.of(false, true), scores.stream().map(SdgGoalScore::detected).toList());
    }

    @Test
    void evidenceIsOneGoalsClausesSimilarityAndLanguage() {
        SdgEvidence evidence = scorer(both(1, 1, 1, 1)).score("Reducing poverty needs social protection.").get(0)
                .evidence();
        assertEquals(2, evidence.clauses());
        // Only "poverty" is in the goal texts; goal 1's English wording has five stems of equal weight.
        assertEquals(1 / Math.sqrt(5), evidence.similarity(), 1e-12);
        assertFalse(evidence.english(), "too few words to tell the language: not taken for English");
        assertTrue(scorer(both(1, 1, 1, 1)).score("It is the water of the river that they drink.").get(1)
                .evidence().english());
    }

    @Test
    void shippedScorerFindsWaterFirstInAWaterSentence() {
        List<SdgGoalScore> scores = SdgGoalScorer.shipped()
                .score("Access to safe drinking water and sanitation remains low in rural areas.");
        assertEquals(List.of(6), scores.stream().filter(SdgGoalScore::detected).map(SdgGoalScore::goal).toList());
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
        assertEquals(new SdgParameters(new Weights(1, 4, 12, 1.506573), new Weights(1, 16, 0, 1.919540)),
                SdgParameters.shipped());
    }
}
