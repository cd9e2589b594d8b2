package org.enlace.corpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void composesToNfc() {
        assertEquals("migración", TextCleaner.clean("migracio\u0301n"));
    }

    @Test
    void removesControlCharactersButKeepsLineBreaks() {
        assertEquals("Plan de gobierno\nCosta Rica", TextCleaner.clean("Plan\u0001 de\u001C gobierno\u001D\nCosta\u001F Rica\u0085"));
        assertEquals("a b", TextCleaner.clean("a\u0000\u0007 \u007F\u009Fb"));
    }

    @Test
    void turnsEveryLineBreakIntoNewline() {
        assertEquals("a\nb\nc\nd\ne\nf", TextCleaner.clean("a\r\nb\rc\u2028d\u2029e\ff"));
    }

    @Test
    void readsTabsAndUnicodeSpacesAsSpaces() {
        assertEquals("1 200 personas en 2026", TextCleaner.clean("1\u00A0200\tpersonas\u2009en\u202F2026"));
    }

    @Test
    void dropsInvisibleAndBrokenCharacters() {
        assertEquals("niñez migrante", TextCleaner.clean("\uFEFFni\u200Bñez\u200C \u200Dmi\uFFFDgra\u00ADnte\uD800"));
        assertEquals("• texto", TextCleaner.clean("• \uF0B7texto\uDBC0\uDC00"));
    }

    @Test
    void collapsesSpacesAndTrimsLines() {
        assertEquals("uno dos\ntres", TextCleaner.clean("   uno    dos   \n\t tres  "));
    }

    @Test
    void keepsAtMostOneBlankLine() {
        assertEquals("uno\n\ndos\n\ntres", TextCleaner.clean("\n\nuno\n \n\n\t\ndos\n\ntres\n\n\n"));
    }

    @Test
    void leavesCleanTextAlone() {
        String clean = "Ya limpio: “comillas”, emoji 🌎 y acentos áéíóú.";
        assertEquals(clean, TextCleaner.clean(clean));
    }
}
