package org.enlace.corpus.search;

import java.util.Locale;

import org.enlace.model.l10n.TextBundle;

/** User-facing texts of search ({@code messages*.properties} beside this class), English and Spanish. */
final class SearchMessages {

    private static final TextBundle TEXTS = TextBundle.of("org.enlace.corpus.search.messages", SearchMessages.class);

    private SearchMessages() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }
}
