package org.enlace.corpus.detect.sdg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.enlace.corpus.detect.sdg.SdgCalibration.Observation;

/**
 * Fits the learned part of the SDG scorer (vocabulary and weights) on labelled rows, and measures
 * honestly what that is worth: k-fold cross-validation in which each fold's vocabulary and weights
 * are fitted without it. Inside a fit, the weights are chosen on vocabulary similarities that each
 * row gets from a vocabulary not trained on it (cross-fitting), since a vocabulary always fits its
 * own training texts better than new ones.
 */
public final class SdgFitting {

    public static final int FOLDS = 5;

    /** A labelled row with the evidence of {@link SdgGoalScorer#evidence}. */
    public record Row(SdgExample example, SdgEvidence evidence) {
    }

    private record Split(List<Row> training, List<Row> heldOut) {
    }

    /** A fitted vocabulary and the parameters chosen with it. */
    public record Fitted(SdgVocabulary vocabulary, SdgParameters parameters) {
    }

    private SdgFitting() {
    }

    /** Vocabulary from all rows; weights from cross-fitted vocabulary similarities ({@code seed} orders the folds). */
    public static Fitted fit(List<Row> rows, long seed) {
        SdgVocabulary vocabulary = SdgVocabulary.train(rows.stream().map(Row::example).toList());
        List<Observation> observations = new ArrayList<>();
        for (Split split : splits(rows, seed)) {
            SdgVocabulary withoutThem = SdgVocabulary.train(split.training().stream().map(Row::example).toList());
            split.heldOut().forEach(row -> observations.add(observation(row, withoutThem)));
        }
        SdgParameters parameters = new SdgParameters(SdgCalibration.fit(observations, true),
                SdgCalibration.fit(observations, false));
        return new Fitted(vocabulary, parameters);
    }

    /** The share of rows decided right by a fit made without them, over {@value #FOLDS} folds. */
    public static double crossValidatedAccuracy(List<Row> rows, long seed) {
        int correct = 0;
        for (Split split : splits(rows, seed)) {
            Fitted fitted = fit(split.training(), seed);
            for (Row row : split.heldOut()) {
                SdgParameters.Weights weights = fitted.parameters().forText(row.evidence().english());
                Observation observation = observation(row, fitted.vocabulary());
                boolean detected = weights.score(observation.clauses(), observation.similarity(),
                        observation.vocabulary()) >= weights.threshold();
                correct += detected == row.example().label() ? 1 : 0;
            }
        }
        return rows.isEmpty() ? 0 : correct / (double) rows.size();
    }

    private static Observation observation(Row row, SdgVocabulary vocabulary) {
        SdgExample example = row.example();
        double similarity = vocabulary.similarities(example.text())[example.sdg() - 1];
        return new Observation(row.evidence().clauses(), row.evidence().similarity(), similarity, example.label());
    }

    /** {@value #FOLDS} pairs of (training rows, held-out rows), the rows shuffled by {@code seed}. */
    private static List<Split> splits(List<Row> rows, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<Split> splits = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Row> training = new ArrayList<>();
            List<Row> heldOut = new ArrayList<>();
            for (int n = 0; n < order.size(); n++) {
                (n % FOLDS == fold ? heldOut : training).add(rows.get(order.get(n)));
            }
            splits.add(new Split(training, heldOut));
        }
        return splits;
    }
}
