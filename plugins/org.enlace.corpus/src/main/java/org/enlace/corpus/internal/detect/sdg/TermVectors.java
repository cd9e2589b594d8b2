package org.enlace.corpus.internal.detect.sdg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Bag-of-stems arithmetic shared by the catalogue similarity and the learned SDG vocabulary. */
public final class TermVectors {

    private TermVectors() {
    }

    /** How often each term of the analyzed text occurs. */
    public static Map<String, Integer> counts(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            // Analysis of an in-memory string cannot do I/O.
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /**
     * The TF-IDF vector of the counts scaled to length 1; terms without an inverse document
     * frequency are left out. Sub-linear term frequency: a word repeated ten times is not ten
     * times the evidence.
     */
    public static Map<String, Double> unitVector(Map<String, Integer> counts, Map<String, Double> idf) {
        Map<String, Double> vector = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), 0.0);
            if (w > 0) {
                vector.put(e.getKey(), w);
                norm += w * w;
            }
        }
        double length = Math.sqrt(norm);
        vector.replaceAll((t, w) -> w / length);
        return vector;
    }

    /** Scales a vector to length 1 in place (a zero vector stays zero). */
    public static Map<String, Double> normalize(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            vector.replaceAll((t, w) -> w / norm);
        }
        return vector;
    }

    public static double dot(Map<String, Double> small, Map<String, Double> large) {
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return dot;
    }
}
