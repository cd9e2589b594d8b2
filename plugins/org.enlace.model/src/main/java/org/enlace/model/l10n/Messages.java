package org.enlace.model.l10n;

import java.util.Locale;

/**
 * User-facing text of the model bundle, in English and Spanish ({@code messages*.properties}).
 * Texts follow the default locale unless {@link #setLocale(Locale)} chose one.
 */
public final class Messages {

    private static final TextBundle TEXTS = TextBundle.of("org.enlace.model.l10n.messages", Messages.class);
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
        return TEXTS.get(key, arguments);
    }

    /**
     * The text for {@code key} in {@code locale} whatever the current language: for texts that belong
     * to a model's language (catalogue labels) rather than to the user's.
     */
    public static String in(Locale locale, String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }
}
