package org.enlace.corpus.detect;

import java.util.Locale;

import org.enlace.corpus.internal.text.BundleMessages;

/** User-facing texts of detection ({@code messages*.properties} beside this class), English and Spanish. */
final class DetectMessages {

    private static final String BUNDLE = "org.enlace.corpus.detect.messages";

    private DetectMessages() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        return BundleMessages.get(BUNDLE, locale, key, arguments);
    }
}
