package org.enlace.model.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the user typed into a catalogue chooser: an optional framework abbreviation in English or
 * Spanish ({@code GCM 5}, {@code PMM 5}, {@code ODS 10}) that keeps only that framework's kinds,
 * then words; a single code-like word ({@code 10.7}, {@code 10.}) is also looked up as a code.
 *
 * @param kinds the kinds the abbreviation allows; all kinds without one
 * @param code  the code to look up, or {@code null} when the text is not one code
 * @param words the folded words, abbreviation left out
 */
record TypedText(Set<CatalogKind> kinds, String code, List<String> words) {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    private static final Map<String, Set<CatalogKind>> ABBREVIATIONS = abbreviations();

    static TypedText parse(String typed) {
        List<String> words = new ArrayList<>(SearchText.typedWords(typed));
        Set<CatalogKind> kinds = EnumSet.allOf(CatalogKind.class);
        if (!words.isEmpty()) {
            String first = words.get(0);
            for (Map.Entry<String, Set<CatalogKind>> abbreviation : ABBREVIATIONS.entrySet()) {
                String rest = first.startsWith(abbreviation.getKey())
                        ? first.substring(abbreviation.getKey().length()) : null;
                // "gcm 5" and "gcm5" alike; "gcmx" is a word of its own.
                if (rest != null && (rest.isEmpty() || SearchText.isCode(rest))) {
                    kinds = abbreviation.getValue();
                    words.remove(0);
                    if (!rest.isEmpty()) {
                        words.add(0, rest);
                    }
                    break;
                }
            }
        }
        String code = words.size() == 1 && SearchText.isCode(words.get(0)) ? words.get(0) : null;
        return new TypedText(kinds, code, List.copyOf(words));
    }

    /** Each framework abbreviation of the bundles, folded, with the kinds it stands for. */
    private static Map<String, Set<CatalogKind>> abbreviations() {
        Map<String, Set<CatalogKind>> byAbbreviation = new HashMap<>();
        for (CatalogKind kind : CatalogKind.values()) {
            for (Locale language : LANGUAGES) {
                byAbbreviation.computeIfAbsent(SearchText.fold(kind.framework(language)),
                        key -> EnumSet.noneOf(CatalogKind.class)).add(kind);
            }
        }
        return Map.copyOf(byAbbreviation);
    }
}
