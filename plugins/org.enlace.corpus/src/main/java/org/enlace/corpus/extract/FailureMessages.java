package org.enlace.corpus.extract;

import java.util.Locale;
import java.util.ResourceBundle;

/** What to tell the user about a file that could not be imported, in English or Spanish. */
public final class FailureMessages {

    private static final String BUNDLE = "org.enlace.corpus.extract.messages";

    private FailureMessages() {
    }

    /** The message for the failure, followed by its technical detail in parentheses when there is one. */
    public static String describe(ExtractionException failure, Locale locale) {
        // No fallback to the default locale: an English request on a Spanish machine gets English.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, FailureMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String message = bundle.getString("failure." + failure.failure().name());
        return failure.detail().isEmpty() ? message : message + " (" + failure.detail() + ")";
    }
}
