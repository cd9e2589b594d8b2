package org.enlace.diagram.window;

import java.util.Locale;

import org.enlace.model.l10n.Messages;
import org.enlace.model.l10n.TextBundle;

/**
 * The texts of the diagram window, its palette, chooser, legend and view actions
 * ({@code org/enlace/diagram/window/messages*.properties}), English and Spanish. Menus and buttons
 * speak the user's language; default titles of new elements speak the model's.
 */
public final class WindowText {

    private static final TextBundle TEXTS = TextBundle.of("org.enlace.diagram.window.messages", WindowText.class);

    private WindowText() {
    }

    /** The text for {@code key} in the user's language. */
    public static String get(String key, Object... arguments) {
        return TEXTS.get(Messages.locale(), key, arguments);
    }

    /** The text for {@code key} in {@code locale}. */
    public static String get(Locale locale, String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }
}
