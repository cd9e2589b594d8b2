package org.enlace.corpus.detect.sdg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How a goal's evidence becomes a score and a decision:
 * {@code score = clauseWeight * log2(1 + clauses) + similarityWeight * similarity
 * + relativeWeight * similarity / best similarity of any goal}; detected when {@code score >= threshold}.
 * The shipped values, and how they were fitted, are in {@code sdg-parameters.properties}.
 */
public record SdgParameters(double clauseWeight, double similarityWeight, double relativeWeight, double threshold) {

    public static SdgParameters shipped() {
        Properties p = new Properties();
        try (InputStream in = SdgParameters.class.getResourceAsStream("sdg-parameters.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource sdg-parameters.properties");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SdgParameters(value(p, "clauseWeight"), value(p, "similarityWeight"),
                value(p, "relativeWeight"), value(p, "threshold"));
    }

    public double score(int clauses, double similarity, double bestSimilarity) {
        double relative = bestSimilarity > 0 ? similarity / bestSimilarity : 0;
        return clauseWeight * Math.log(1 + clauses) / Math.log(2) + similarityWeight * similarity
                + relativeWeight * relative;
    }

    private static double value(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("sdg-parameters.properties has no " + key);
        }
        return Double.parseDouble(value.strip());
    }
}
