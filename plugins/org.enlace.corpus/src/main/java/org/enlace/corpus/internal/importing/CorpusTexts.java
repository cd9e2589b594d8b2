package org.enlace.corpus.internal.importing;

import org.enlace.model.l10n.TextBundle;

/** User-facing text of the corpus bundle (import, index, metadata), in English and Spanish. */
public final class CorpusTexts {

    private static final TextBundle TEXTS = TextBundle.of("org.enlace.corpus.messages", CorpusTexts.class);

    private CorpusTexts() {
    }

    public static String get(String key, Object... arguments) {
        return TEXTS.get(key, arguments);
    }
}
