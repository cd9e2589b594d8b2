package org.enlace.corpus.internal.importing;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * Tells the language of a document from how many of its words are the stop words of each
 * language (Lucene's lists). Plans are long, so a few thousand words decide it reliably for the
 * languages of the region; the user can always override the result.
 */
public final class LanguageDetector {

    /** Words read from the start of a document: plenty for a clear vote, cheap for 400 pages. */
    private static final int SAMPLE_WORDS = 5_000;
    /** Below this share of stop words the text is a table, a list of names or another language. */
    private static final double MIN_SHARE = 0.12;

    private final Map<String, CharArraySet> stopWords = new LinkedHashMap<>();

    public LanguageDetector() {
        stopWords.put("es", SpanishAnalyzer.getDefaultStopSet());
        stopWords.put("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stopWords.put("fr", FrenchAnalyzer.getDefaultStopSet());
        stopWords.put("pt", PortugueseAnalyzer.getDefaultStopSet());
    }

    public Set<String> languages() {
        return stopWords.keySet();
    }

    /** The ISO 639-1 code of the language of {@code text}, or empty when no language is clear. */
    public String detect(String text) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        int words = 0;
        int length = text.length();
        int i = 0;
        while (i < length && words < SAMPLE_WORDS) {
            while (i < length && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, CharArraySet> language : stopWords.entrySet()) {
                    if (language.getValue().contains(word) || language.getValue().contains(fold(word))) {
                        votes.merge(language.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        return winner(votes, words);
    }

    private static String winner(Map<String, Integer> votes, int words) {
        String best = "";
        int bestVotes = 0;
        int secondVotes = 0;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > bestVotes) {
                secondVotes = bestVotes;
                best = vote.getKey();
                bestVotes = vote.getValue();
            } else if (vote.getValue() > secondVotes) {
                secondVotes = vote.getValue();
            }
        }
        // Spanish, French and Portuguese share many stop words ("de", "la", "a"): demand a margin.
        boolean clear = words > 0 && bestVotes >= MIN_SHARE * words && bestVotes > secondVotes * 1.15;
        return clear ? best : "";
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
