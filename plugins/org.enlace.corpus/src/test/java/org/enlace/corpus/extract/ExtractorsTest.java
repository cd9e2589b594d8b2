package org.enlace.corpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorsTest {

    @TempDir
    Path dir;

    private static ExtractionException failure(Path file, ExtractionLimits limits) {
        return assertThrows(ExtractionException.class, () -> Extractors.extract(file, limits, Cancellation.none()));
    }

    @Test
    void refusesUnknownExtensions() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.odt"), "texto");

        ExtractionException failure = failure(file, ExtractionLimits.DEFAULT);

        assertEquals(ExtractionFailure.UNSUPPORTED_FORMAT, failure.failure());
        assertEquals(".odt", failure.detail());
    }

    @Test
    void reportsMissingFilesAndFoldersAsUnreadable() throws Exception {
        Files.createDirectory(dir.resolve("carpeta.pdf"));

        assertEquals(ExtractionFailure.UNREADABLE, failure(dir.resolve("no-existe.pdf"), ExtractionLimits.DEFAULT).failure());
        assertEquals("no such file", failure(dir.resolve("no-existe.pdf"), ExtractionLimits.DEFAULT).detail());
        assertEquals(ExtractionFailure.UNREADABLE, failure(dir.resolve("carpeta.pdf"), ExtractionLimits.DEFAULT).failure());
    }

    @Test
    void refusesLargeFilesBeforeOpeningThem() throws Exception {
        // Random bytes: a parser would call it corrupt, so TOO_LARGE shows that the size came first.
        Path file = Files.write(dir.resolve("grande.docx"), new byte[2048]);
        ExtractionLimits d = ExtractionLimits.DEFAULT;

        ExtractionException failure = failure(file,
                new ExtractionLimits(1024, d.maxPages(), d.maxTextChars(), d.maxArchiveBytes(), d.timeoutMillis()));

        assertEquals(ExtractionFailure.TOO_LARGE, failure.failure());
        assertEquals("2048 bytes, more than 1024", failure.detail());
    }

    @Test
    void refusesTextFilesTooLargeToParseInMemory() throws Exception {
        Path file = Files.writeString(dir.resolve("enorme.md"), "x".repeat(500));
        ExtractionLimits d = ExtractionLimits.DEFAULT;

        assertEquals(ExtractionFailure.TOO_LARGE, failure(file,
                new ExtractionLimits(d.maxFileBytes(), d.maxPages(), 100, d.maxArchiveBytes(), d.timeoutMillis()))
                .failure());
    }

    @Test
    void reportsAWebPageWithoutTextAsNoText() throws Exception {
        Path file = Files.writeString(dir.resolve("vacia.html"), "<html><body><img src=scan.png></body></html>");

        assertEquals(ExtractionFailure.NO_TEXT, failure(file, ExtractionLimits.DEFAULT).failure());
    }

    @Test
    void describesEveryFailureInEnglishAndSpanish() {
        for (ExtractionFailure kind : ExtractionFailure.values()) {
            ExtractionException failure = new ExtractionException(kind, "");
            String english = FailureMessages.describe(failure, Locale.ENGLISH);
            String spanish = FailureMessages.describe(failure, Locale.forLanguageTag("es-CO"));
            assertTrue(english.endsWith("."), english);
            assertTrue(spanish.endsWith("."), spanish);
            assertTrue(!english.equals(spanish), kind.name());
        }
    }

    @Test
    void describesAFailureWithItsDetail() {
        ExtractionException noText = new ExtractionException(ExtractionFailure.NO_TEXT, "262 pages without text");

        assertEquals("El archivo no tiene capa de texto (es una imagen escaneada). Páselo por un programa de OCR "
                + "(p. ej. OCRmyPDF) e importe el resultado. (262 pages without text)",
                FailureMessages.describe(noText, Locale.forLanguageTag("es")));
        assertEquals("The file has no text layer (it is a scanned image). Run it through OCR (e.g. OCRmyPDF) and "
                + "import the result. (262 pages without text)", FailureMessages.describe(noText, Locale.ENGLISH));
    }
}
