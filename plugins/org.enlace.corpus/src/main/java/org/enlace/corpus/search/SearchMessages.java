package org.enlace.corpus.search;

import java.util.Locale;

import org.enlace.corpus.internal.text.BundleMessages;

/** User-facing texts of search ({@code messages*.properties} beside this class), English and Spanish. */
final class SearchMessages {

    private static final String BUNDLE = "org.enlace.corpus.search.messages";

    private SearchMessages() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        return BundleMessages.get(BUNDLE, locale, key, arguments);
    }
}
