package org.enlace.corpus.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractionTest {

    @TempDir
    Path dir;

    private ExtractedDocument extract(Path file) throws ExtractionException {
        return Invariants.check(Extractors.extract(file, ExtractionLimits.DEFAULT, Cancellation.none()));
    }

    @Test
    void readsUtf8AndSkipsItsByteOrderMark() throws Exception {
        byte[] text = "La niñez migrante.\r\nSegunda línea del párrafo.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path file = Files.write(dir.resolve("bom.txt"), withBom);

        assertEquals("La niñez migrante. Segunda línea del párrafo.", extract(file).text());
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws Exception {
        Path file = Files.write(dir.resolve("ansi.txt"),
                "Política de migración – “niñez”".getBytes(Charset.forName("windows-1252")));

        assertEquals("Política de migración – “niñez”", extract(file).text());
    }

    @Test
    void splitsPagesAtFormFeedsAndRemovesRunningLinesAndPageNumbers() throws Exception {
        String pdftotext = """
                PLAN NACIONAL DE DESARROLLO 2022-2026

                TÍTULO I
                PARTE GENERAL

                El plan reconoce la migra-
                ción como motor de desarrollo
                en todo el territorio.

                - 1 -
                \fPLAN NACIONAL DE DESARROLLO 2022-2026

                Segundo párrafo, en la página dos.

                - 2 -
                \fPLAN NACIONAL DE DESARROLLO 2022-2026

                Tercera página.

                - 3 -
                \f""";
        Path file = Files.writeString(dir.resolve("pnd.txt"), pdftotext);

        ExtractedDocument document = extract(file);

        assertEquals("""
                TÍTULO I PARTE GENERAL

                El plan reconoce la migración como motor de desarrollo en todo el territorio.

                Segundo párrafo, en la página dos.

                Tercera página.""", document.text());
        assertArrayEquals(new int[] {0, document.text().indexOf("Segundo"), document.text().indexOf("Tercera")},
                document.pageStarts());
        assertEquals(List.of(Block.heading(1, 0, 22)), document.blocks().subList(0, 1));
    }

    @Test
    void keepsRepeatedLinesWhenThereAreTooFewPagesToTellThemFromText() throws Exception {
        Path file = Files.writeString(dir.resolve("corto.txt"), "Informe anual\n\nPágina 1\fInforme anual\n\nFin.");

        ExtractedDocument document = extract(file);

        assertEquals("Informe anual\n\nPágina 1\n\nInforme anual\n\nFin.", document.text());
        assertEquals(2, document.pageCount());
    }
}
