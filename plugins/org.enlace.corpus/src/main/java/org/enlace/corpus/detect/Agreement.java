package org.enlace.corpus.detect;

import java.util.Locale;

/**
 * Counts of a yes/no decision against gold labels, and precision, recall and F1 from them.
 * Precision with no positive decision, and recall with no gold positive, are 0 rather than
 * undefined, so an empty rule scores 0 and the summary line always holds numbers.
 */
public record Agreement(int truePositives, int falsePositives, int falseNegatives) {

    public static final Agreement NONE = new Agreement(0, 0, 0);

    public Agreement add(boolean gold, boolean predicted) {
        return new Agreement(truePositives + (gold && predicted ? 1 : 0),
                falsePositives + (!gold && predicted ? 1 : 0), falseNegatives + (gold && !predicted ? 1 : 0));
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Three decimals, with a point whatever the locale: figures are compared across machines. */
    public static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
