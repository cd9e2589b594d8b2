package org.enlace.corpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.enlace.corpus.extract.PdfFixtures.Line;
import org.enlace.corpus.internal.extract.PdfExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExtractionTest {

    private static final List<List<String>> PLAN = List.of(
            List.of("CAPÍTULO 1. MIGRACIÓN Y DESARROLLO", "",
                    "La política de migración protege a la niñez",
                    "migrante y a sus familias en todo el territorio."),
            List.of("El plan reconoce la migra-", "ción como motor de desarrollo.", "",
                    "Segundo párrafo de la página dos."),
            List.of("Tercera página con el texto final."));

    @TempDir
    Path dir;

    private ExtractedDocument extractPlan() throws Exception {
        Path file = dir.resolve("plan.pdf");
        PdfFixtures.write(file, PLAN);
        return Invariants.check(Extractors.extract(file, ExtractionLimits.DEFAULT, Cancellation.none()));
    }

    @Test
    void rebuildsParagraphsHeadingsAndPagesWithoutRunningLines() throws Exception {
        ExtractedDocument document = extractPlan();

        assertEquals("""
                CAPÍTULO 1. MIGRACIÓN Y DESARROLLO

                La política de migración protege a la niñez migrante y a sus familias en todo el territorio.

                El plan reconoce la migración como motor de desarrollo.

                Segundo párrafo de la página dos.

                Tercera página con el texto final.""", document.text());
        assertEquals(3, document.pageCount());
        assertEquals(2, document.pageOf(document.text().indexOf("El plan reconoce")));
        assertEquals(2, document.pageOf(document.text().indexOf("Segundo párrafo")));
        assertEquals(3, document.pageOf(document.text().indexOf("Tercera")));
        assertEquals(List.of(Block.heading(2, 0, 34)), document.blocks().subList(0, 1));
        assertEquals(List.of("CAPÍTULO 1. MIGRACIÓN Y DESARROLLO"), Invariants.texts(document, BlockKind.HEADING));
    }

    @Test
    void readsTheDocumentInformation() throws Exception {
        assertEquals(Map.of("title", "Plan de prueba", "author", "Departamento de Planeación", "created", "2023-05-05"),
                extractPlan().properties());
    }

    @Test
    void keepsEachColumnOfATwoColumnPageTogether() throws Exception {
        Path file = dir.resolve("columns.pdf");
        PdfFixtures.writePositioned(file, List.of(
                new Line(50, 700, "Columna izquierda: la niñez"), new Line(50, 686, "migrante recibe atención"),
                new Line(50, 672, "en salud y educación."),
                new Line(310, 700, "Columna derecha: el plan"), new Line(310, 686, "financia la integración"),
                new Line(310, 672, "regional de los migrantes.")));

        String text = Invariants.check(Extractors.extract(file, ExtractionLimits.DEFAULT, Cancellation.none())).text();

        assertTrue(text.contains("Columna izquierda: la niñez migrante recibe atención en salud y educación."), text);
        assertTrue(text.contains("Columna derecha: el plan financia la integración regional de los migrantes."), text);
    }

    @Test
    void refusesAPdfThatNeedsAPassword() throws Exception {
        Path file = dir.resolve("locked.pdf");
        PdfFixtures.writeEncrypted(file, "dueño", "lector", true);

        assertFailure(ExtractionFailure.ENCRYPTED, file, ExtractionLimits.DEFAULT);
    }

    @Test
    void importsAPdfWithOnlyAnOwnerPasswordThatAllowsCopying() throws Exception {
        Path file = dir.resolve("owner.pdf");
        PdfFixtures.writeEncrypted(file, "dueño", "", true);

        assertEquals("Texto protegido sobre la migración regional.",
                Extractors.extract(file, ExtractionLimits.DEFAULT, Cancellation.none()).text());
    }

    @Test
    void refusesAPdfThatForbidsCopyingItsText() throws Exception {
        Path file = dir.resolve("nocopy.pdf");
        PdfFixtures.writeEncrypted(file, "dueño", "", false);

        assertFailure(ExtractionFailure.ENCRYPTED, file, ExtractionLimits.DEFAULT);
    }

    @Test
    void reportsRandomBytesAndTruncatedFilesAsCorrupt() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path random = Files.write(dir.resolve("random.pdf"), noise);
        Path plan = dir.resolve("plan.pdf");
        PdfFixtures.write(plan, PLAN);
        byte[] bytes = Files.readAllBytes(plan);
        Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, 400));

        assertFailure(ExtractionFailure.CORRUPT, random, ExtractionLimits.DEFAULT);
        assertFailure(ExtractionFailure.CORRUPT, truncated, ExtractionLimits.DEFAULT);
    }

    @Test
    void reportsPagesWithoutTextAsNeedingOcr() throws Exception {
        Path file = dir.resolve("scan.pdf");
        PdfFixtures.writeImageOnly(file, 2);

        ExtractionException failure = assertFailure(ExtractionFailure.NO_TEXT, file, ExtractionLimits.DEFAULT);
        assertEquals("2 pages without text", failure.detail());
    }

    @Test
    void enforcesThePageAndSizeLimits() throws Exception {
        Path file = dir.resolve("plan.pdf");
        PdfFixtures.write(file, PLAN);
        ExtractionLimits d = ExtractionLimits.DEFAULT;

        assertFailure(ExtractionFailure.TOO_MANY_PAGES, file,
                new ExtractionLimits(d.maxFileBytes(), 2, d.maxTextChars(), d.maxArchiveBytes(), d.timeoutMillis()));
        assertFailure(ExtractionFailure.TOO_LARGE, file,
                new ExtractionLimits(100, d.maxPages(), d.maxTextChars(), d.maxArchiveBytes(), d.timeoutMillis()));
        assertFailure(ExtractionFailure.TIMED_OUT, file,
                new ExtractionLimits(d.maxFileBytes(), d.maxPages(), 50, d.maxArchiveBytes(), d.timeoutMillis()));
    }

    @Test
    void stopsBetweenPagesWhenCancelledOrLate() throws Exception {
        Path file = dir.resolve("plan.pdf");
        PdfFixtures.write(file, PLAN);
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();

        ExtractionException stopped = assertThrows(ExtractionException.class,
                () -> new PdfExtractor().extract(file, ExtractionLimits.DEFAULT, cancelled));
        ExtractionException late = assertThrows(ExtractionException.class,
                () -> new PdfExtractor().extract(file, ExtractionLimits.DEFAULT, Cancellation.none().withTimeout(-1)));

        assertEquals(ExtractionFailure.CANCELLED, stopped.failure());
        assertEquals(ExtractionFailure.TIMED_OUT, late.failure());
        assertFailure(ExtractionFailure.CANCELLED, file, ExtractionLimits.DEFAULT, cancelled);
    }

    @Test
    void recoversFromADamagedCrossReferenceTable() throws Exception {
        Path file = dir.resolve("plan.pdf");
        PdfFixtures.write(file, PLAN);
        String pdf = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        int startxref = pdf.lastIndexOf("startxref") + "startxref\n".length();
        String damaged = pdf.substring(0, startxref) + "999" + pdf.substring(pdf.indexOf('\n', startxref));
        Files.write(file, damaged.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        ExtractedDocument document = Extractors.extract(file, ExtractionLimits.DEFAULT, Cancellation.none());

        assertEquals(3, document.pageCount());
        assertFalse(document.text().contains("PLAN NACIONAL"));
    }

    private static ExtractionException assertFailure(ExtractionFailure expected, Path file, ExtractionLimits limits)
            throws IOException {
        return assertFailure(expected, file, limits, Cancellation.none());
    }

    private static ExtractionException assertFailure(ExtractionFailure expected, Path file, ExtractionLimits limits,
            Cancellation cancellation) {
        ExtractionException failure = assertThrows(ExtractionException.class,
                () -> Extractors.extract(file, limits, cancellation));
        assertEquals(expected, failure.failure(), failure.getMessage());
        return failure;
    }
}
