package org.enlace.cli;

import java.util.Locale;

/** Counts of one binary decision against labels, and the figures made from them (0/0 counts as 0). */
final class SdgConfusion {

    int truePositives;
    int falsePositives;
    int trueNegatives;
    int falseNegatives;

    void add(boolean label, boolean detected) {
        if (label) {
            truePositives += detected ? 1 : 0;
            falseNegatives += detected ? 0 : 1;
        } else {
            falsePositives += detected ? 1 : 0;
            trueNegatives += detected ? 0 : 1;
        }
    }

    int rows() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    double accuracy() {
        return ratio(truePositives + trueNegatives, rows());
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : numerator / (double) denominator;
    }
}
