package org.enlace.corpus.detect.sdg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * How a goal's evidence becomes a score and a decision, for English texts (which the learned
 * vocabulary speaks) and for texts in other languages (scored by query packs and catalogue
 * similarity alone, so with weights fitted without the vocabulary). The shipped values, and how
 * they were fitted, are in {@code sdg-parameters.properties}.
 */
public record SdgParameters(Weights english, Weights otherLanguages) {

    private static final String RESOURCE = "sdg-parameters.properties";

    /**
     * {@code score = clauseWeight * log2(1 + clauses) + similarityWeight * catalogue similarity
     * + vocabularyWeight * vocabulary similarity}; detected when {@code score >= threshold}.
     */
    public record Weights(double clauseWeight, double similarityWeight, double vocabularyWeight, double threshold) {

        public double score(int clauses, double similarity, double vocabulary) {
            return clauseWeight * Math.log(1 + clauses) / Math.log(2) + similarityWeight * similarity
                    + vocabularyWeight * vocabulary;
        }
    }

    /** The weights for a text, by whether it is English. */
    public Weights forText(boolean englishText) {
        return englishText ? english : otherLanguages;
    }

    public static SdgParameters shipped() {
        Properties p = new Properties();
        try (InputStream in = SdgParameters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SdgParameters(weights(p, "english."), weights(p, "otherLanguages."));
    }

    /** Writes the parameters in the shipped resource's format, after {@code #} header lines. */
    public void write(Writer out, List<String> header) throws IOException {
        for (String line : header) {
            out.write("# " + line + "\n");
        }
        write(out, "english.", english);
        write(out, "otherLanguages.", otherLanguages);
    }

    private static void write(Writer out, String prefix, Weights w) throws IOException {
        out.write(String.format(Locale.ROOT, "%1$sclauseWeight=%2$s%n%1$ssimilarityWeight=%3$s%n"
                + "%1$svocabularyWeight=%4$s%n%1$sthreshold=%5$.6f%n", prefix, w.clauseWeight(),
                w.similarityWeight(), w.vocabularyWeight(), w.threshold()));
    }

    private static Weights weights(Properties p, String prefix) {
        return new Weights(value(p, prefix + "clauseWeight"), value(p, prefix + "similarityWeight"),
                value(p, prefix + "vocabularyWeight"), value(p, prefix + "threshold"));
    }

    private static double value(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return Double.parseDouble(value.strip());
    }
}
