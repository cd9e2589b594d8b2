package org.enlace.model.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How catalogue texts and typed text are cut into comparable words: accents and case folded away
 * ({@code Migración} and {@code MIGRACION} are {@code migracion}), words are runs of letters and
 * digits, and dotted codes stay one word ({@code 10.7}, {@code 10.c}, {@code pm2.5}).
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*");
    private static final Pattern TYPED_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*\\.?");
    private static final Pattern CODE = Pattern.compile("\\p{N}+(?:\\.[\\p{L}\\p{N}]+)*\\.?");

    private SearchText() {
    }

    /** Lower case without accents or other combining marks, trimmed. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).trim();
    }

    /** The folded words of a catalogue text, in order; {@code null} has none. */
    static List<String> words(String text) {
        return text == null ? List.of() : find(WORD, fold(text));
    }

    /**
     * The folded words of typed text. Punctuation separates words; only a code keeps a trailing dot,
     * because while typing {@code 10.} is on its way to {@code 10.7} and should not find {@code 100}.
     */
    static List<String> typedWords(String typed) {
        List<String> words = new ArrayList<>();
        for (String word : find(TYPED_WORD, fold(typed))) {
            words.add(word.endsWith(".") && !isCode(word) ? word.substring(0, word.length() - 1) : word);
        }
        return words;
    }

    /** Whether a typed word is a catalogue code or the start of one: digits first, then dotted parts. */
    static boolean isCode(String word) {
        return CODE.matcher(word).matches();
    }

    private static List<String> find(Pattern pattern, String folded) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(folded);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
