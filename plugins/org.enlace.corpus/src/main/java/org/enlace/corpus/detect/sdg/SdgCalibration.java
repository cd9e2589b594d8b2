package org.enlace.corpus.detect.sdg;

import java.util.Comparator;
import java.util.List;

import org.enlace.corpus.detect.sdg.SdgParameters.Weights;

/**
 * Chooses the weights and threshold of {@link SdgParameters.Weights} that decide the most labelled
 * rows right: a grid search over a few global weights, the best threshold for each. Global and
 * coarse on purpose: with about 50 rows per goal, per-goal values or fine grids would fit noise,
 * and a logistic regression over the same features did worse (ADR 0010).
 */
final class SdgCalibration {

    static final double CLAUSE_WEIGHT = 1;
    static final double[] SIMILARITY_GRID = {4, 8, 12, 16, 20, 24};
    static final double[] VOCABULARY_GRID = {0, 1, 2, 4, 8, 12, 16};

    /** One labelled row's evidence for its goal. */
    record Observation(int clauses, double similarity, double vocabulary, boolean label) {
    }

    private SdgCalibration() {
    }

    /** The best weights; without the vocabulary its weight stays 0 (for texts it cannot read). */
    static Weights fit(List<Observation> rows, boolean withVocabulary) {
        Weights best = null;
        int bestCorrect = -1;
        for (double similarity : SIMILARITY_GRID) {
            for (double vocabulary : withVocabulary ? VOCABULARY_GRID : new double[] {0}) {
                Weights weights = bestThreshold(rows, new Weights(CLAUSE_WEIGHT, similarity, vocabulary, 0));
                int correct = correct(rows, weights);
                if (correct > bestCorrect) {
                    best = weights;
                    bestCorrect = correct;
                }
            }
        }
        return best;
    }

    static int correct(List<Observation> rows, Weights weights) {
        int correct = 0;
        for (Observation row : rows) {
            boolean detected = score(weights, row) >= weights.threshold();
            correct += detected == row.label() ? 1 : 0;
        }
        return correct;
    }

    /**
     * The weights with the threshold that decides most rows right: half-way between two
     * neighbouring scores, so a new text's score is judged by the gap, not by one row's value.
     */
    static Weights bestThreshold(List<Observation> rows, Weights weights) {
        List<Scored> sorted = rows.stream().map(row -> new Scored(score(weights, row), row.label()))
                .sorted(Comparator.comparingDouble(Scored::score)).toList();
        int positives = (int) rows.stream().filter(Observation::label).count();
        // Threshold below every score: all rows detected.
        int correct = positives;
        int bestCorrect = correct;
        double bestThreshold = sorted.isEmpty() ? 0 : sorted.get(0).score() - 1;
        for (int i = 0; i < sorted.size(); i++) {
            correct += sorted.get(i).label() ? -1 : 1;
            double here = sorted.get(i).score();
            boolean last = i + 1 == sorted.size();
            if ((last || sorted.get(i + 1).score() > here) && correct > bestCorrect) {
                bestCorrect = correct;
                bestThreshold = last ? here + 1 : (here + sorted.get(i + 1).score()) / 2;
            }
        }
        return new Weights(weights.clauseWeight(), weights.similarityWeight(), weights.vocabularyWeight(),
                bestThreshold);
    }

    private record Scored(double score, boolean label) {
    }

    private static double score(Weights weights, Observation row) {
        return weights.score(row.clauses(), row.similarity(), row.vocabulary());
    }
}
