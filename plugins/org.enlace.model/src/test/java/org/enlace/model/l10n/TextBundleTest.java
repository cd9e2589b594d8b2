package org.enlace.model.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextBundleTest {

    private static final TextBundle MODEL = TextBundle.of("org.enlace.model.l10n.messages", Messages.class);
    private final Locale machine = Locale.getDefault();

    @AfterEach
    void restoreTheMachineLocale() {
        Locale.setDefault(machine);
    }

    @Test
    void englishAskedForOnASpanishMachineIsEnglish() {
        Locale.setDefault(Locale.forLanguageTag("es"));
        assertEquals("the file does not exist. Check the path.", MODEL.get(Locale.ENGLISH, "load.notFound"));
        assertEquals("el archivo no existe. Revise la ruta.", MODEL.get(Locale.forLanguageTag("es"), "load.notFound"));
    }

    @Test
    void numbersAreShownAsWrittenOrGroupedAsCounts() {
        TextBundle counts = TextBundle.ofCounts("org.enlace.model.l10n.messages", Messages.class);
        String key = "load.unreadable";
        assertEquals(MODEL.get(Locale.ENGLISH, key, "2026"), MODEL.get(Locale.ENGLISH, key, 2026));
        assertEquals(MODEL.get(Locale.ENGLISH, key, "2,026"), counts.get(Locale.ENGLISH, key, 2026));
    }

    @Test
    void aMissingKeyIsShownAsItself() {
        assertEquals("no.such.key", MODEL.get(Locale.ENGLISH, "no.such.key"));
    }
}
