package org.enlace.corpus.detect;

import java.util.Locale;

import org.enlace.model.l10n.TextBundle;

/** User-facing texts of detection ({@code messages*.properties} beside this class), English and Spanish. */
final class DetectMessages {

    private static final TextBundle TEXTS = TextBundle.of("org.enlace.corpus.detect.messages", DetectMessages.class);

    private DetectMessages() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }
}
