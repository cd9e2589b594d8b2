package org.enlace.corpus.detect.sdg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.enlace.corpus.internal.detect.sdg.TermVectors;

/**
 * Each goal's vocabulary as learned from labelled texts: the TF-IDF centroid of the texts labelled
 * as about the goal, minus half the centroid of those labelled as not about it (look-alikes
 * teach which words mislead), keeping the {@value #TERMS_PER_GOAL} strongest stems. Query packs
 * and catalogue titles miss the everyday words of a topic ("PISA scores", "river basin
 * authority"); labelled texts have them. English only: the labelled texts are English.
 */
public final class SdgVocabulary {

    static final int GOALS = 17;
    static final int TERMS_PER_GOAL = 500;
    private static final double NEGATIVE_WEIGHT = 0.5;
    private static final String RESOURCE = "sdg-vocabulary.txt";

    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    /** Header line naming the SHA-256 of the labelled file a vocabulary was learned from. */
    public static final String TRAINED_ON = "trained-on-sha256: ";

    private final Map<String, Double> idf;
    private final List<Map<String, Double>> goals;
    private final String trainedOn;

    private SdgVocabulary(Map<String, Double> idf, List<Map<String, Double>> goals, String trainedOn) {
        this.idf = idf;
        this.goals = goals;
        this.trainedOn = trainedOn;
    }

    /**
     * The SHA-256 (hex) of the labelled file this vocabulary was learned from, as its header
     * says, or empty: figures measured on that file are in-sample.
     */
    public String trainedOn() {
        return trainedOn;
    }

    /** Knows no word: every similarity is 0. */
    public static SdgVocabulary empty() {
        List<Map<String, Double>> goals = new ArrayList<>();
        for (int g = 0; g < GOALS; g++) {
            goals.add(Map.of());
        }
        return new SdgVocabulary(Map.of(), goals, "");
    }

    /** The vocabulary shipped with Enlace (how it was made is in the resource's header); read once. */
    public static SdgVocabulary shipped() {
        return Shipped.VOCABULARY;
    }

    private static final class Shipped {
        static final SdgVocabulary VOCABULARY = load();
    }

    private static SdgVocabulary load() {
        try (InputStream in = SdgVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Learns the goals' vocabularies from labelled decisions. */
    public static SdgVocabulary train(List<SdgExample> examples) {
        List<Map<String, Integer>> counts = examples.stream().map(e -> words(e.text())).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        documentFrequency.forEach((t, df) -> idf.put(t, Math.log(1.0 + examples.size() / (double) df)));
        List<Map<String, Double>> centroids = new ArrayList<>();
        for (int g = 0; g < GOALS; g++) {
            centroids.add(new HashMap<>());
        }
        for (int i = 0; i < examples.size(); i++) {
            SdgExample example = examples.get(i);
            double sign = example.label() ? 1 : -NEGATIVE_WEIGHT;
            Map<String, Double> centroid = centroids.get(example.sdg() - 1);
            TermVectors.unitVector(counts.get(i), idf).forEach((t, w) -> centroid.merge(t, sign * w, Double::sum));
        }
        return new SdgVocabulary(idf, centroids.stream().map(SdgVocabulary::strongest).toList(), "");
    }

    /** The text's stems; numbers say nothing of a topic and would only fill the vocabulary. */
    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = TermVectors.counts(ANALYZER, text);
        counts.keySet().removeIf(term -> term.chars().noneMatch(Character::isLetter));
        return counts;
    }

    private static Map<String, Double> strongest(Map<String, Double> centroid) {
        Map<String, Double> kept = new HashMap<>();
        centroid.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(TERMS_PER_GOAL)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return TermVectors.normalize(kept);
    }

    /** Cosine of the text with goals 1..17, at index goal-1 (negative when it speaks like the look-alikes). */
    public double[] similarities(String text) {
        Map<String, Double> vector = TermVectors.unitVector(TermVectors.counts(ANALYZER, text), idf);
        double[] result = new double[GOALS];
        for (int g = 0; g < GOALS; g++) {
            result[g] = TermVectors.dot(vector, goals.get(g));
        }
        return result;
    }

    /**
     * Writes the vocabulary as text: {@code idf TERM VALUE} and {@code goal N TERM WEIGHT} lines,
     * tab-separated, sorted, after the header's {@code #} lines.
     */
    public void write(Writer out, List<String> header) throws IOException {
        for (String line : header) {
            out.write("# " + line + "\n");
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(idf).entrySet()) {
            out.write(String.format(Locale.ROOT, "idf\t%s\t%.6f%n", e.getKey(), e.getValue()));
        }
        for (int g = 0; g < GOALS; g++) {
            for (Map.Entry<String, Double> e : new TreeMap<>(goals.get(g)).entrySet()) {
                out.write(String.format(Locale.ROOT, "goal\t%d\t%s\t%.6e%n", g + 1, e.getKey(), e.getValue()));
            }
        }
    }

    /** Reads what {@link #write} wrote; a malformed line is an {@link IllegalArgumentException} naming it. */
    public static SdgVocabulary read(BufferedReader in, String source) throws IOException {
        Map<String, Double> idf = new HashMap<>();
        List<Map<String, Double>> goals = new ArrayList<>();
        for (int g = 0; g < GOALS; g++) {
            goals.add(new HashMap<>());
        }
        String trainedOn = "";
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.startsWith("# " + TRAINED_ON)) {
                trainedOn = line.substring(2 + TRAINED_ON.length()).strip();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            try {
                if (fields.length == 3 && fields[0].equals("idf")) {
                    idf.put(fields[1], Double.parseDouble(fields[2]));
                } else if (fields.length == 4 && fields[0].equals("goal")) {
                    goals.get(Integer.parseInt(fields[1]) - 1).put(fields[2], Double.parseDouble(fields[3]));
                } else {
                    throw new IllegalArgumentException(source + ", line " + number
                            + ": expected \"idf<TAB>term<TAB>value\" or \"goal<TAB>1-17<TAB>term<TAB>weight\"");
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException(source + ", line " + number + ": not a number or goal 1-17: "
                        + line, e);
            }
        }
        return new SdgVocabulary(idf, goals, trainedOn);
    }
}
