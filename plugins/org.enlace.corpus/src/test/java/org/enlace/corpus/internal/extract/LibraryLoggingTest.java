package org.enlace.corpus.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.extract.ExtractionLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLoggingTest {

    @TempDir
    Path dir;

    @Test
    void libraryWarningsDuringExtractionNeverReachTheConsoleHandlers() throws Exception {
        Path file = dir.resolve("helvetica.pdf");
        writeHelveticaPdf(file);
        LibraryLogging.quiet();
        Logger root = Logger.getLogger("");
        Logger pdfbox = Logger.getLogger("org.apache.pdfbox");
        Recorder atRoot = new Recorder();
        Recorder atLibrary = new Recorder();
        root.addHandler(atRoot);
        pdfbox.addHandler(atLibrary);
        pdfbox.setLevel(Level.WARNING);
        try {
            new PdfExtractor().extract(file, ExtractionLimits.DEFAULT, Cancellation.none());
        } finally {
            pdfbox.setLevel(Level.SEVERE);
            pdfbox.removeHandler(atLibrary);
            root.removeHandler(atRoot);
        }

        // PDFBox did warn (Helvetica is not installed and is substituted) ...
        assertFalse(atLibrary.records.isEmpty());
        // ... but nothing of it went up to the root logger, whose handler prints to the console.
        assertTrue(atRoot.records.stream().noneMatch(r -> r.getLoggerName().startsWith("org.apache")),
                () -> atRoot.records.get(0).getMessage());
    }

    @Test
    void log4jApiUsedByPoiAndCommonsLoggingHasAProviderSoItPrintsNoSetupWarning() {
        assertEquals("org.apache.logging.log4j.tojul.JULLoggerContextFactory",
                org.apache.logging.log4j.LogManager.getFactory().getClass().getName());
        assertEquals("org.apache.commons.logging.impl.Log4jApiLogFactory",
                org.apache.commons.logging.LogFactory.getFactory().getClass().getName());
    }

    private static void writeHelveticaPdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Texto en Helvetica sobre la movilidad humana.");
                content.endText();
            }
            document.save(file.toFile());
        }
    }

    private static final class Recorder extends Handler {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
