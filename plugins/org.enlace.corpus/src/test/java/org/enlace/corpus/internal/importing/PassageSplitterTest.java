package org.enlace.corpus.internal.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enlace.corpus.extract.Block;
import org.enlace.corpus.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    /** Builds a document from lines: "# Title" is a level-1 heading, "## Title" level 2, "\f" a page break. */
    private static ExtractedDocument document(String... lines) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        List<Integer> pages = new ArrayList<>(List.of(0));
        for (String line : lines) {
            if (line.equals("\f")) {
                pages.add(text.length());
                continue;
            }
            int level = line.startsWith("## ") ? 2 : line.startsWith("# ") ? 1 : 0;
            String content = level == 0 ? line : line.substring(level + 1);
            int start = text.length();
            text.append(content);
            blocks.add(level == 0 ? Block.paragraph(start, text.length()) : Block.heading(level, start, text.length()));
            text.append("\n\n");
        }
        return new ExtractedDocument(text.toString(), pages.stream().mapToInt(Integer::intValue).toArray(), blocks,
                Map.of());
    }

    private static List<String> texts(ExtractedDocument document, List<PassageSpan> spans) {
        return spans.stream().map(span -> document.text().substring(span.start(), span.end())).toList();
    }

    @Test
    void shortParagraphsUnderOneHeadingAreMergedAndCarryTheHeadingPath() {
        ExtractedDocument document = document("# Capítulo 1", "## Migración", "Uno.", "Dos.", "Tres largo.");
        List<PassageSpan> spans = new PassageSplitter(20, 40).split(document, Locale.ROOT);
        assertEquals(List.of("Uno.\n\nDos.\n\nTres largo."), texts(document, spans));
        assertEquals("Capítulo 1 › Migración", spans.get(0).heading());
    }

    @Test
    void aHeadingClosesThePassageAndResetsDeeperHeadings() {
        ExtractedDocument document = document("# A", "## A1", "Primer párrafo.", "# B", "Segundo párrafo.");
        List<PassageSpan> spans = new PassageSplitter(50, 200).split(document, Locale.ROOT);
        assertEquals(List.of("Primer párrafo.", "Segundo párrafo."), texts(document, spans));
        assertEquals(List.of("A › A1", "B"), spans.stream().map(PassageSpan::heading).toList());
    }

    @Test
    void aHeadingWithNothingUnderItIsAPassageOfItsOwn() {
        ExtractedDocument document = document("# Eje 1", "## Objetivo: reducir la migración irregular", "# Eje 2",
                "Texto.");
        List<PassageSpan> spans = new PassageSplitter(5, 200).split(document, Locale.ROOT);
        assertEquals(List.of("Objetivo: reducir la migración irregular", "Texto."), texts(document, spans));
        assertEquals(List.of("Eje 1", "Eje 2"), spans.stream().map(PassageSpan::heading).toList());
    }

    @Test
    void longParagraphsAreCutAtSentenceEnds() {
        String sentence = "La población migrante accede a servicios de salud. ";
        ExtractedDocument document = document((sentence.repeat(6)).strip());
        List<PassageSpan> spans = new PassageSplitter(50, 120).split(document, new Locale("es"));
        List<String> texts = texts(document, spans);
        assertEquals(3, texts.size());
        for (String text : texts) {
            assertTrue(text.length() <= 120, text);
            assertTrue(text.endsWith("salud."), text);
            assertEquals(text.strip(), text);
        }
        assertEquals(sentence.repeat(6).strip(), String.join(" ", texts));
    }

    @Test
    void aSentenceLongerThanTheLimitIsCutAtSpaces() {
        String words = "palabra ".repeat(40).strip();
        ExtractedDocument document = document(words);
        List<String> texts = texts(document, new PassageSplitter(20, 50).split(document, Locale.ROOT));
        for (String text : texts) {
            assertTrue(text.length() <= 50 && text.startsWith("palabra") && text.endsWith("palabra"), text);
        }
        assertEquals(words, String.join(" ", texts));
    }

    @Test
    void pagesAreThoseWherePassagesStart() {
        ExtractedDocument document = document("Página uno, un párrafo largo.", "\f", "Página dos, otro párrafo.",
                "\f", "Página tres.");
        List<PassageSpan> spans = new PassageSplitter(10, 100).split(document, Locale.ROOT);
        assertEquals(List.of(1, 2, 3), spans.stream().map(PassageSpan::page).toList());
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PassageSplitter(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new PassageSplitter(100, 150));
    }
}
