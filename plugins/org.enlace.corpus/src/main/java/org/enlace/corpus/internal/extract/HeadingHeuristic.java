package org.enlace.corpus.internal.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether a line of a PDF or plain-text document is a heading, and its level, from its
 * shape: plans and laws title their parts with keywords (TÍTULO, CAPÍTULO, ARTÍCULO...), with
 * numbering ("2.", "2.3", "IV.") or in capitals. A heading is short and is not the first line of a
 * wrapped sentence.
 */
public final class HeadingHeuristic {

    static final int MAX_LENGTH = 120;
    private static final int MAX_TITLE_WORDS = 12;
    /** Words a title does not end with; a line ending with one is cut from a longer sentence. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "al", "con", "de", "del", "e", "el", "en", "la",
            "las", "lo", "los", "o", "para", "por", "que", "se", "su", "sus", "u", "un", "una", "y", "and", "for",
            "in", "of", "on", "or", "the", "to", "with");

    private static final Map<String, Integer> KEYWORD_LEVELS = Map.ofEntries(Map.entry("libro", 1),
            Map.entry("título", 1), Map.entry("titulo", 1), Map.entry("parte", 1), Map.entry("part", 1),
            Map.entry("capítulo", 2), Map.entry("capitulo", 2), Map.entry("chapter", 2), Map.entry("eje", 2),
            Map.entry("pilar", 2), Map.entry("sección", 3), Map.entry("seccion", 3), Map.entry("section", 3),
            Map.entry("artículo", 4), Map.entry("articulo", 4), Map.entry("article", 4));

    /** Keyword, then a number, roman numeral or ordinal word ("TÍTULO I", "Artículo 5°.", "CAPÍTULO PRIMERO"). */
    private static final Pattern KEYWORD = Pattern.compile(
            "(?iu)(libro|t[íi]tulo|parte|part|cap[íi]tulo|chapter|eje|pilar|secci[óo]n|section|art[íi]culo|article)"
                    + "\\s+(\\d{1,4}|[ivxlc]{1,7}\\b|(?:primer|segund|tercer|cuart|quint|sext|s[ée]ptim|octav|noven"
                    + "|d[ée]cim|[úu]nic)[oa]\\b|preliminar\\b|transitori[oa]\\b)[°º.:)\\-–\\s]*.*");

    /** "1.", "2.3", "2.3.1", "IV." then a capitalised title; four-digit numbers are years, not numbering. */
    private static final Pattern NUMBERED = Pattern.compile("(?u)((?:\\d{1,3}\\.)*\\d{1,3}\\.?|[IVXLC]{1,6}\\.)\\s+\\p{Lu}.*");

    /** A line whose upper-case prefix up to a period is an article title: "ARTÍCULO 2°. PARTE INTEGRAL. El ...". */
    private static final Pattern TITLED_ARTICLE = Pattern.compile("(?u)([^\\p{Ll}]*\\.)\\s+\\p{Lu}\\p{Ll}.*");

    private HeadingHeuristic() {
    }

    /** The heading level of {@code line}, or 0 when it reads as body text. */
    public static int level(String line) {
        String text = line.strip();
        if (text.length() < 2 || text.length() > MAX_LENGTH || PageNumbers.isPageNumber(text)
                || letters(text) < 3 || endsLikeBody(text)) {
            return 0;
        }
        boolean capitals = isAllCapitals(text);
        Matcher keyword = KEYWORD.matcher(text);
        if (keyword.matches() && (capitals || isShortTitle(text.substring(keyword.end(2))))) {
            return KEYWORD_LEVELS.get(keyword.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches() && !text.endsWith(".") && isShortTitle(text.substring(numbered.end(1)))) {
            String number = numbered.group(1);
            return Character.isDigit(number.charAt(0)) ? number.replaceAll("\\.$", "").split("\\.").length : 1;
        }
        // Mostly letters: a capitalised table row ("TOTAL 50,4") is not a heading.
        return capitals && 3 * letters(text) >= 2 * text.replace(" ", "").length() ? 1 : 0;
    }

    /**
     * The length of a heading that opens a longer line, as in laws: "ARTÍCULO 2°. PARTE INTEGRAL DE ESTA
     * LEY. El documento..." gives the length up to "LEY."; 0 when the line does not open that way.
     */
    public static int headingPrefix(String line) {
        if (!KEYWORD.matcher(line).matches()) {
            return 0;
        }
        Matcher titled = TITLED_ARTICLE.matcher(line);
        if (!titled.matches() || letters(titled.group(1)) < 8) {
            return 0;
        }
        return level(titled.group(1)) > 0 ? titled.group(1).length() : 0;
    }

    /**
     * The length of the end of a wrapped article title that opens a line ("LA POBLACIÓN MIGRANTE. La
     * Nación..." after "ARTÍCULO 154°. COFINANCIACIÓN ... DE"), or 0.
     */
    public static int titleContinuation(String line) {
        Matcher titled = TITLED_ARTICLE.matcher(line);
        return titled.matches() && isAllCapitals(titled.group(1)) ? titled.group(1).length() : 0;
    }

    /** Whether the line is in capitals and so may continue a heading on the line before. */
    public static boolean isAllCapitals(String text) {
        return letters(text) >= 3 && text.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * What follows a keyword or number in mixed case: empty, or a title of a few words that is not a
     * sentence and does not stop at a word that needs a continuation ("... del Decreto Ley 896 de").
     */
    private static boolean isShortTitle(String rest) {
        String title = rest.replaceFirst("^[°º.:)\\-–\\s]+", "").strip();
        if (title.isEmpty()) {
            return true;
        }
        String[] words = title.split("\\s+");
        return words.length <= MAX_TITLE_WORDS && !title.endsWith(".") && !hasSentenceEnd(title)
                && !FUNCTION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Whether a title or sentence cannot end with this (lower-case) word: "de", "the"... */
    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    private static boolean endsLikeBody(String text) {
        char last = text.charAt(text.length() - 1);
        return last == ',' || last == ';' || last == '-' || last == '(' || last == '\u00AD';
    }

    /** A period, question or exclamation mark followed by more words: a sentence, not a title. */
    private static boolean hasSentenceEnd(String text) {
        return text.matches("(?s).*\\p{L}{2}[.?!]\\s+\\p{L}.*");
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
