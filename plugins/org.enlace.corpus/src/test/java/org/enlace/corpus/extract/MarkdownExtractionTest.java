package org.enlace.corpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownExtractionTest {

    @TempDir
    Path dir;

    @Test
    void rendersPlainTextWithHeadingsAndFrontMatterProperties() throws Exception {
        String markdown = """
                ---
                Title: "Declaración de Los\\_Ángeles"
                source_url: https://example.org/declaracion
                tags:
                  - migración
                  - protección
                ---

                # Plan de Gobierno

                Programa del partido con **énfasis** en la [niñez](https://example.org/ninez) \u0001migrante
                y sus `familias`, escrito en líneas
                cortadas como en el PDF.

                12

                Subtítulo
                ---------

                - primer punto
                - segundo punto

                > Una cita\u001C sobre migra-
                > ción laboral.

                | Eje | Meta |
                |-----|------|
                | Salud | 90 % |

                ![logo](logo.png)
                """;
        Path file = Files.writeString(dir.resolve("plan.md"), markdown);

        ExtractedDocument document = Invariants.check(Extractors.extract(file, ExtractionLimits.DEFAULT,
                Cancellation.none()));

        assertEquals("""
                Plan de Gobierno

                Programa del partido con énfasis en la niñez migrante y sus familias, escrito en líneas cortadas como en el PDF.

                Subtítulo

                primer punto

                segundo punto

                Una cita sobre migración laboral.

                Eje | Meta

                Salud | 90 %""", document.text());
        assertEquals(List.of("Plan de Gobierno", "Subtítulo"), Invariants.texts(document, BlockKind.HEADING));
        assertEquals(List.of(1, 2), document.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING)
                .map(Block::level).toList());
        assertEquals(Map.of("title", "Declaración de Los Ángeles", "source_url", "https://example.org/declaracion",
                "tags", "migración, protección"), document.properties());
        assertEquals(1, document.pageCount());
    }

    @Test
    void startsANewPageAtAFormFeed() throws Exception {
        Path file = Files.writeString(dir.resolve("paginas.markdown"), "Primera página.\n\f\nSegunda página.\n");

        ExtractedDocument document = Invariants.check(Extractors.extract(file, ExtractionLimits.DEFAULT,
                Cancellation.none()));

        assertEquals("Primera página.\n\nSegunda página.", document.text());
        assertEquals(2, document.pageOf(document.text().indexOf("Segunda")));
        assertEquals(Map.of(), document.properties());
    }
}
