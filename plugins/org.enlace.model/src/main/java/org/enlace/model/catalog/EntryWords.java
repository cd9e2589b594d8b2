package org.enlace.model.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.enlace.model.CatalogEntry;
import org.enlace.model.SdgIndicator;

/**
 * The folded codes and title words of one catalogue entry, computed once, and how typed words
 * meet them. A typed word meets a word it begins ({@code migr} meets {@code migracion}), so
 * results appear while the user is still typing.
 */
final class EntryWords {

    /** The entry's code and, for a repeated indicator, its other codes. */
    private final List<String> codes;
    /** The words of each title and short title the entry has, in English, Spanish and French. */
    private final List<List<String>> texts;

    private EntryWords(List<String> codes, List<List<String>> texts) {
        this.codes = codes;
        this.texts = texts;
    }

    static EntryWords of(CatalogEntry entry) {
        List<String> codes = new ArrayList<>();
        codes.add(entry.getId());
        if (entry instanceof SdgIndicator indicator) {
            codes.addAll(indicator.getAliases());
        }
        List<String> folded = codes.stream().map(SearchText::fold).toList();
        List<List<String>> texts = new ArrayList<>();
        texts.add(folded);
        for (String text : new String[] {entry.getTitleEn(), entry.getShortTitleEn(), entry.getTitleEs(),
                entry.getShortTitleEs(), entry.getTitleFr(), entry.getShortTitleFr()}) {
            List<String> words = SearchText.words(text);
            if (!words.isEmpty()) {
                texts.add(words);
            }
        }
        return new EntryWords(folded, List.copyOf(texts));
    }

    /** The code that is exactly {@code typed} (a trailing dot aside). */
    Optional<String> exactCode(String typed) {
        String wanted = withoutTrailingDot(typed);
        return codes.stream().filter(wanted::equals).findFirst();
    }

    /** The first code that {@code typed} begins without being all of it. */
    Optional<String> codeStartingWith(String typed) {
        return codes.stream().filter(code -> code.startsWith(typed) && !code.equals(typed)).findFirst();
    }

    /** Whether every typed word meets a code or title word; no words meet every entry. */
    boolean matchesAll(List<String> typed) {
        return typed.stream().allMatch(word -> meetsAny(word, false));
    }

    /** How the typed words meet this entry, or empty when none of them does. */
    Optional<WordMatch> match(List<String> typed) {
        int matched = 0;
        int whole = 0;
        for (String word : typed) {
            if (meetsAny(word, true)) {
                matched++;
                whole++;
            } else if (meetsAny(word, false)) {
                matched++;
            }
        }
        if (matched == 0) {
            return Optional.empty();
        }
        int occurrences = 0;
        double density = 0;
        for (List<String> words : texts) {
            int met = occurrences(words, typed);
            occurrences = Math.max(occurrences, met);
            density = Math.max(density, (double) met / words.size());
        }
        return Optional.of(new WordMatch(matched, whole, occurrences, density));
    }

    /** Whether a typed word meets some word of the entry: as a whole word, or as its beginning. */
    private boolean meetsAny(String typed, boolean wholeWord) {
        for (List<String> words : texts) {
            for (String word : words) {
                if (wholeWord ? word.equals(withoutTrailingDot(typed)) : meets(typed, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many of the words are met by some typed word. */
    private static int occurrences(List<String> words, List<String> typed) {
        int count = 0;
        for (String word : words) {
            for (String wanted : typed) {
                if (meets(wanted, word)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static boolean meets(String typed, String word) {
        return word.startsWith(typed) || word.equals(withoutTrailingDot(typed));
    }

    private static String withoutTrailingDot(String typed) {
        return typed.endsWith(".") ? typed.substring(0, typed.length() - 1) : typed;
    }

    /**
     * @param matched     how many typed words meet a word of the entry
     * @param wholeWords  how many of them meet a whole word, not only the beginning of a longer one
     * @param occurrences the most words of one title (or of the codes) that the typed words meet
     * @param density     the largest share of one title's words that the typed words meet
     */
    record WordMatch(int matched, int wholeWords, int occurrences, double density) {
    }
}
