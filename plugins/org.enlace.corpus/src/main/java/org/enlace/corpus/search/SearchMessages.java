package org.enlace.corpus.search;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing texts of search ({@code messages*.properties} beside this class), English and Spanish. */
final class SearchMessages {

    private static final String BUNDLE = "org.enlace.corpus.search.messages";
    /** Without fallback to the default locale, so English is English on a Spanish machine too. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private SearchMessages() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, SearchMessages.class.getClassLoader(),
                NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Columns, years and line numbers are shown as written (2026, not 2,026).
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] instanceof Number ? String.valueOf(arguments[i]) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(texts);
    }
}
