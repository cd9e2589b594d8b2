package org.enlace.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/** Wall-clock timing and percentiles, in the units the report uses. */
final class Stopwatch {

    private Stopwatch() {
    }

    interface Work {
        void run() throws Exception;
    }

    static double seconds(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** The median of {@code runs} timings, after one unmeasured warm-up run. */
    static double medianSeconds(int runs, Work work) throws Exception {
        work.run();
        double[] timings = new double[runs];
        for (int i = 0; i < runs; i++) {
            timings[i] = seconds(work);
        }
        Arrays.sort(timings);
        return timings[runs / 2];
    }

    /** The {@code p}-th percentile (0–100) of {@code values}, nearest-rank. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
