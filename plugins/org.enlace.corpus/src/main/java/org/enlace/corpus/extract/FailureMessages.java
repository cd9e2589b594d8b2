package org.enlace.corpus.extract;

import java.util.Locale;

import org.enlace.model.l10n.TextBundle;

/** What to tell the user about a file that could not be imported, in English or Spanish. */
public final class FailureMessages {

    private static final TextBundle TEXTS = TextBundle.of("org.enlace.corpus.extract.messages", FailureMessages.class);

    private FailureMessages() {
    }

    /** The message for the failure, followed by its technical detail in parentheses when there is one. */
    public static String describe(ExtractionException failure, Locale locale) {
        String message = TEXTS.get(locale, "failure." + failure.failure().name());
        return failure.detail().isEmpty() ? message : message + " (" + failure.detail() + ")";
    }
}
