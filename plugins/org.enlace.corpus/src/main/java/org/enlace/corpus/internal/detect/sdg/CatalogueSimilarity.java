package org.enlace.corpus.internal.detect.sdg;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

/**
 * TF-IDF cosine between a text and each goal's catalogue wording (goal, target and indicator
 * titles, English and Spanish). Query packs are precise but sparse; this catches texts that speak
 * in the goal's own words without any listed phrase. Each language is its own index, stemmed by
 * its Lucene analyzer: the text is compared with the English wording through the English analyzer
 * and with the Spanish wording through the Spanish one, and a goal's similarity is the higher of
 * the two, so a text meets the goal in whichever language it is written, and the other language's
 * stems of its words do not dilute the comparison.
 */
public final class CatalogueSimilarity {

    private final LanguageIndex english;
    private final LanguageIndex spanish;

    /** @param goalTexts index i holds goal i+1's English and Spanish wording */
    public CatalogueSimilarity(List<GoalText> goalTexts) {
        english = new LanguageIndex(new EnglishAnalyzer(), goalTexts, GoalText::english);
        spanish = new LanguageIndex(new SpanishAnalyzer(), goalTexts, GoalText::spanish);
    }

    /** A goal's wording in the two languages the plans are written in. */
    public record GoalText(String english, String spanish) {
    }

    /** Cosine similarity with goals 1..n, at index goal-1: the higher of the English and the Spanish one. */
    public double[] similarities(String text) {
        double[] en = english.similarities(text);
        double[] es = spanish.similarities(text);
        double[] result = new double[en.length];
        for (int g = 0; g < result.length; g++) {
            result[g] = Math.max(en[g], es[g]);
        }
        return result;
    }

    /** One language's goal vectors and inverse document frequencies (the goals are the documents). */
    private static final class LanguageIndex {

        private final Analyzer analyzer;
        private final Map<String, Double> idf = new HashMap<>();
        private final List<Map<String, Double>> goalVectors;

        LanguageIndex(Analyzer analyzer, List<GoalText> goalTexts, Function<GoalText, String> wording) {
            this.analyzer = analyzer;
            List<Map<String, Integer>> counts = goalTexts.stream().map(t -> counts(wording.apply(t))).toList();
            Map<String, Integer> documentFrequency = new HashMap<>();
            counts.forEach(c -> c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
            documentFrequency.forEach((t, df) -> idf.put(t, Math.log(1.0 + goalTexts.size() / (double) df)));
            goalVectors = counts.stream().map(this::unitVector).toList();
        }

        double[] similarities(String text) {
            Map<String, Double> vector = TermVectors.unitVector(counts(text), idf);
            double[] result = new double[goalVectors.size()];
            for (int g = 0; g < result.length; g++) {
                result[g] = TermVectors.dot(vector, goalVectors.get(g));
            }
            return result;
        }

        private Map<String, Double> unitVector(Map<String, Integer> counts) {
            return TermVectors.unitVector(counts, idf);
        }

        private Map<String, Integer> counts(String text) {
            return TermVectors.counts(analyzer, text);
        }
    }
}
