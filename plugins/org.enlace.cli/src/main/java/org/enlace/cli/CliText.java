package org.enlace.cli;

import org.enlace.model.l10n.TextBundle;

/** The command line's own texts ({@code messages*.properties} beside this class), in the user's language. */
final class CliText {

    static final String BUNDLE = "org.enlace.cli.messages";

    private static final TextBundle TEXTS = TextBundle.ofCounts(BUNDLE, CliText.class);

    private CliText() {
    }

    static String get(String key, Object... arguments) {
        return TEXTS.get(key, arguments);
    }
}
