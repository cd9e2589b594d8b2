package org.enlace.model.l10n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text of the model bundle, in English and Spanish ({@code messages*.properties}).
 * Texts follow the default locale unless {@link #setLocale(Locale)} chose one.
 */
public final class Messages {

    private static final String BUNDLE = "org.enlace.model.l10n.messages";
    private static volatile Locale locale;

    private Messages() {
    }

    /** Chooses the language of every later message; {@code null} goes back to the default locale. */
    public static void setLocale(Locale newLocale) {
        locale = newLocale;
    }

    public static Locale locale() {
        Locale chosen = locale;
        return chosen != null ? chosen : Locale.getDefault();
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(), Messages.class.getModule());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        // Numbers are codes and years here (2026, not 2,026): pass them as text.
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] instanceof Number ? String.valueOf(arguments[i]) : arguments[i];
        }
        return new MessageFormat(pattern, locale()).format(texts);
    }
}
