package org.enlace.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import org.enlace.model.l10n.Messages;

/** The command line's own texts ({@code messages*.properties} beside this class), in the user's language. */
final class CliText {

    static final String BUNDLE = "org.enlace.cli.messages";

    private CliText() {
    }

    static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Messages.locale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Messages.locale()).format(arguments);
    }
}
