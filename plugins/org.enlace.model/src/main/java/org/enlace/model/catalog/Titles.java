package org.enlace.model.catalog;

import java.util.Locale;

import org.enlace.model.CatalogEntry;

/** The title of a catalogue entry in a language, falling back to English when it has none there. */
public final class Titles {

    private Titles() {
    }

    public static String title(CatalogEntry entry, String language) {
        return pick(language, entry.getTitleEn(), entry.getTitleEs(), entry.getTitleFr());
    }

    public static String shortTitle(CatalogEntry entry, String language) {
        String shortTitle = pick(language, entry.getShortTitleEn(), entry.getShortTitleEs(), entry.getShortTitleFr());
        return shortTitle == null || shortTitle.isEmpty() ? title(entry, language) : shortTitle;
    }

    private static String pick(String language, String en, String es, String fr) {
        String chosen = switch (language == null ? "en" : language.toLowerCase(Locale.ROOT)) {
            case "es" -> es;
            case "fr" -> fr;
            default -> en;
        };
        return chosen == null || chosen.isEmpty() ? en : chosen;
    }
}
