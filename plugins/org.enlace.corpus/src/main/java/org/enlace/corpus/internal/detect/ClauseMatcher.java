package org.enlace.corpus.internal.detect;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.enlace.corpus.internal.detect.PassageTokens.Token;

/**
 * One pack clause compiled for one analysis. A plain word matches by stem (so plurals and accents
 * match as in search), {@code migra*} by the start and {@code *aremos} by the end of the folded
 * word. A phrase matches its words in order, each next to the previous one once stop words are
 * left out; a proximity matches its words in any order within {@code slop} extra positions.
 */
public final class ClauseMatcher {

    private final List<TermTest> terms;
    private final int slop;

    /** Mode {@code w}: stem; {@code p}/{@code s}: prefix/suffix of the folded word; {@code P}/{@code S}: of the accented one. */
    private record TermTest(String value, char mode) {
        boolean test(Token token) {
            return switch (mode) {
                case 'p' -> token.surface().startsWith(value);
                case 's' -> token.surface().endsWith(value);
                case 'P' -> token.lower().startsWith(value);
                case 'S' -> token.lower().endsWith(value);
                default -> token.stem().equals(value);
            };
        }
    }

    /** Character span of a match in the analysed text. */
    public record Span(int start, int end) {
        public boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    public ClauseMatcher(Analyzer analyzer, List<String> words, int slop) {
        List<TermTest> tests = new ArrayList<>();
        for (String word : words) {
            if (word.endsWith("*")) {
                tests.add(affix(word.substring(0, word.length() - 1), 'p'));
            } else if (word.startsWith("*")) {
                tests.add(affix(word.substring(1), 's'));
            } else {
                // A stop word in a phrase ("trata de personas") is left out, as search leaves it out.
                PassageTokens.analyse(analyzer, word).tokens().forEach(t -> tests.add(new TermTest(t.stem(), 'w')));
            }
        }
        this.terms = List.copyOf(tests);
        this.slop = slop;
    }

    /**
     * An affix written with accents keeps them ({@code *ará} is the future tense, not "declara");
     * one written without matches either spelling.
     */
    private static TermTest affix(String value, char mode) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        String folded = PassageTokens.fold(value);
        return folded.equals(lower) ? new TermTest(folded, mode) : new TermTest(lower, Character.toUpperCase(mode));
    }

    /** Every match in the tokens, left to right. */
    public List<Span> matches(PassageTokens text) {
        List<Span> spans = new ArrayList<>();
        if (terms.isEmpty()) {
            return spans;
        }
        for (int i = 0; i < text.size(); i++) {
            Span span = slop < 0 ? phraseAt(text, i) : proximityAt(text, i);
            if (span != null) {
                spans.add(span);
            }
        }
        return spans;
    }

    private Span phraseAt(PassageTokens text, int first) {
        if (first + terms.size() > text.size()) {
            return null;
        }
        for (int k = 0; k < terms.size(); k++) {
            if (!terms.get(k).test(text.get(first + k))) {
                return null;
            }
        }
        return new Span(text.get(first).start(), text.get(first + terms.size() - 1).end());
    }

    /** Anchored on the first word; the others anywhere within the window around it. */
    private Span proximityAt(PassageTokens text, int anchor) {
        if (!terms.get(0).test(text.get(anchor))) {
            return null;
        }
        int window = slop + terms.size() - 1;
        int position = text.get(anchor).position();
        int start = text.get(anchor).start();
        int end = text.get(anchor).end();
        for (int k = 1; k < terms.size(); k++) {
            Token found = null;
            for (Token token : text.tokens()) {
                if (Math.abs(token.position() - position) <= window && token != text.get(anchor)
                        && terms.get(k).test(token)) {
                    found = token;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            start = Math.min(start, found.start());
            end = Math.max(end, found.end());
        }
        return new Span(start, end);
    }
}
