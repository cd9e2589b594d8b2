package org.enlace.model.l10n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A resource bundle of user-facing text in English and Spanish, in the language chosen through
 * {@link Messages#setLocale(Locale)} (the default locale otherwise). Every bundle of Enlace reads
 * its texts through one of these, so one switch changes the language everywhere.
 */
public final class TextBundle {

    /**
     * No fallback to the machine's locale: English asked for on a Spanish machine is English (the
     * base bundle), not Spanish.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;
    private final boolean numbersAsText;

    private TextBundle(String baseName, ClassLoader loader, boolean numbersAsText) {
        this.baseName = baseName;
        this.loader = loader;
        this.numbersAsText = numbersAsText;
    }

    /**
     * The bundle {@code baseName} (e.g. {@code org.enlace.corpus.messages}) loaded with {@code anchor}'s
     * class loader. Numbers in its texts are codes, years and line numbers: shown as written (2026).
     */
    public static TextBundle of(String baseName, Class<?> anchor) {
        return new TextBundle(baseName, anchor.getClassLoader(), true);
    }

    /** Like {@link #of}, for texts whose numbers are counts, grouped for reading (11,791; 11.791 in Spanish). */
    public static TextBundle ofCounts(String baseName, Class<?> anchor) {
        return new TextBundle(baseName, anchor.getClassLoader(), false);
    }

    /** The text for {@code key} in the current language, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... arguments) {
        return get(Messages.locale(), key, arguments);
    }

    /** The text for {@code key} in {@code locale}; the key itself when the bundle lacks it. */
    public String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        if (!numbersAsText) {
            return new MessageFormat(pattern, locale).format(arguments);
        }
        // Numbers are codes and years here (2026, not 2,026): pass them as text.
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] instanceof Number ? String.valueOf(arguments[i]) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(texts);
    }
}
