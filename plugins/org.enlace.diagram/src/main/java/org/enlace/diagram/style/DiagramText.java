package org.enlace.diagram.style;

import java.util.Locale;

import org.enlace.model.LinkKind;
import org.enlace.model.l10n.Messages;
import org.enlace.model.l10n.TextBundle;

/** The diagram bundle's user-facing texts ({@code org/enlace/diagram/messages*.properties}), English and Spanish. */
public final class DiagramText {

    private static final TextBundle TEXTS = TextBundle.of("org.enlace.diagram.messages", DiagramText.class);
    /** The model bundle's texts: names of link kinds are kept there once, for sentences and diagrams alike. */
    private static final TextBundle MODEL_TEXTS = TextBundle.of("org.enlace.model.l10n.messages", Messages.class);

    private DiagramText() {
    }

    /** The text for {@code key} in the user's language. */
    public static String get(String key, Object... arguments) {
        return TEXTS.get(Messages.locale(), key, arguments);
    }

    /** The text for {@code key} in {@code locale}: diagrams speak their model's language. */
    public static String get(Locale locale, String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }

    /** What a link of this kind says ("aligns partially", "se alinea parcialmente"), in {@code locale}. */
    public static String linkKind(Locale locale, LinkKind kind) {
        return MODEL_TEXTS.get(locale, "linkKind." + kind.getLiteral());
    }

    /** The locale of a model's language code ({@code es}, {@code en}); English when it has none. */
    public static Locale localeOf(String language) {
        return language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language.strip());
    }
}
