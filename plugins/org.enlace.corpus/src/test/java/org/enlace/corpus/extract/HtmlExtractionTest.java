package org.enlace.corpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractionTest {

    @TempDir
    Path dir;

    @Test
    void keepsHeadingsAndBlocksAndDropsScriptsAndPageFurniture() throws Exception {
        String html = """
                <!DOCTYPE html>
                <html><head><meta charset="windows-1252">
                <title>Plan &amp; migración</title>
                <meta name="author" content="Secretaría de Planeación">
                <script>var oculto = "no debe salir";</script><style>p { color: red; }</style>
                </head><body>
                <nav><a href="/">Inicio</a></nav><header>Portal del Gobierno</header>
                <h1>Migración</h1>
                <p>La niñez &mdash; también   la
                   migrante &lt;siempre&gt;.</p>
                <div>Texto directo <span>en un div</span><p>Párrafo anidado</p>y su cola</div>
                <h3>Metas</h3>
                <ul><li>Uno</li><li>Dos<ul><li>Dos y medio</li></ul></li></ul>
                <table><tr><td>Indicador</td><td>1.200</td></tr></table>
                <pre>línea 1
                línea 2</pre>
                <footer>Pie de página</footer><noscript>Active JavaScript</noscript>
                </body></html>""";
        Path file = dir.resolve("plan.html");
        Files.write(file, html.getBytes(Charset.forName("windows-1252")));

        ExtractedDocument document = Invariants.check(Extractors.extract(file, ExtractionLimits.DEFAULT,
                Cancellation.none()));

        assertEquals("""
                Migración

                La niñez — también la migrante <siempre>.

                Texto directo en un div

                Párrafo anidado

                y su cola

                Metas

                Uno

                Dos

                Dos y medio

                Indicador

                1.200

                línea 1
                línea 2""", document.text());
        assertEquals(List.of(Block.heading(1, 0, 9)), document.blocks().subList(0, 1));
        assertEquals(List.of("Migración", "Metas"), Invariants.texts(document, BlockKind.HEADING));
        assertEquals(List.of(1, 3), document.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING)
                .map(Block::level).toList());
        assertEquals(1, document.pageCount());
        assertEquals(Map.of("title", "Plan & migración", "author", "Secretaría de Planeación"), document.properties());
    }

    @Test
    void takesTheTitleFromTheFirstHeadingWhenThePageHasNone() throws Exception {
        Path file = Files.writeString(dir.resolve("sin-titulo.htm"), "<h2>Movilidad humana</h2><p>Texto.</p>");

        assertEquals("Movilidad humana",
                Extractors.extract(file, ExtractionLimits.DEFAULT, Cancellation.none()).properties().get("title"));
    }
}
