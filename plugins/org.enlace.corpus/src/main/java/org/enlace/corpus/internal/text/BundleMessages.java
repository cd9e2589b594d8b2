package org.enlace.corpus.internal.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Formats a user-facing text of one of the corpus bundles' {@code messages*.properties}. */
public final class BundleMessages {

    /** Without fallback to the default locale, so English is English on a Spanish machine too. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BundleMessages() {
    }

    /** The text of {@code key} in {@code bundle}, or the key itself when it is missing. */
    public static String get(String bundle, Locale locale, String key, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale, BundleMessages.class.getClassLoader(),
                NO_FALLBACK);
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Columns, years and line numbers are shown as written (2026, not 2,026).
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Number ? String.valueOf(arguments[i]) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
