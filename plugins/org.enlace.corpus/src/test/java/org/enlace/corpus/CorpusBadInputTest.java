package org.enlace.corpus;

import static org.enlace.corpus.CorpusFixtures.hits;
import static org.enlace.corpus.CorpusFixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.enlace.corpus.FileOutcome.Kind;
import org.enlace.corpus.extract.ExtractionLimits;
import org.enlace.corpus.extract.PdfFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch with every kind of bad file: each is skipped with its reason, and the good files are imported. */
class CorpusBadInputTest {

    /** Small enough that a text file of a few kilobytes is too large; the PDFs here stay under it. */
    private static final ExtractionLimits SMALL = new ExtractionLimits(10_000, 5_000, 20_000_000L, 500L << 20,
            300_000L);

    @TempDir
    Path dir;

    @Test
    void badFilesAreSkippedWithTheirReasonsAndTheOthersImported() throws Exception {
        Path batch = writeBatch();
        try (Corpus corpus = Corpus.open(dir.resolve("corpus"), true)) {
            ImportReport report = corpus.importFiles(List.of(batch), CorpusFixtures.oneThread().withLimits(SMALL),
                    ImportListener.NONE);

            Map<String, String> reasons = new LinkedHashMap<>();
            report.skipped().forEach(file -> reasons.put(Path.of(file.file()).getFileName().toString(), file.reason()));
            assertEquals(expectedReasons(batch), reasons);
            assertEquals(Kind.IMPORTED, CorpusFixtures.outcome(report, "bueno.txt").kind());
            assertEquals(Kind.IMPORTED, CorpusFixtures.outcome(report, "control.md").kind());
            assertEquals(8, report.files().size());
            assertTrue(report.skipped().stream().allMatch(file -> file.documentId().isEmpty() && file.passages() == 0));
            assertEquals(List.of("bueno", "control"), corpus.documents().stream()
                    .map(record -> record.id().substring(0, record.id().length() - 7)).toList());
            assertEquals(List.of(ids(corpus).get("bueno.txt") + " p.1"), hits(corpus, "retornada"));
            assertEquals(List.of(), hits(corpus, "empleo"));
        }
    }

    @Test
    void controlCharactersAreCleanedFromTheText() throws Exception {
        Path batch = writeBatch();
        try (Corpus corpus = Corpus.open(dir.resolve("corpus"), true)) {
            CorpusFixtures.importFiles(corpus, batch.resolve("control.md"));

            String text = corpus.text(ids(corpus).get("control.md")).orElseThrow();
            assertEquals("Control\n\nTexto con caracteres de control.", text);
            assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n'), text);
            assertEquals(List.of(ids(corpus).get("control.md") + " p.1"), hits(corpus, "caracteres"));
        }
    }

    /** Writes one file of each kind of trouble, and two good ones, into {@code dir/batch}. */
    private Path writeBatch() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        PdfFixtures.writeEncrypted(batch.resolve("protegido.pdf"), "dueño", "lector", true);
        byte[] noise = new byte[1_000];
        new Random(7).nextBytes(noise);
        Files.write(batch.resolve("danado.pdf"), noise);
        PdfFixtures.writeImageOnly(batch.resolve("escaneado.pdf"), 1);
        Files.writeString(batch.resolve("grande.txt"), "migración ".repeat(1_200));
        Files.write(batch.resolve("foto.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(batch.resolve("metas.md"), "# Metas\n\nMetas de empleo para personas migrantes.\n");
        Files.writeString(batch.resolve("metas.md.meta.properties"), "country=XYZ\n");
        Files.writeString(batch.resolve("control.md"), "# Control\n\nTexto con\u0001 caracteres de\u001C control.\n");
        Files.writeString(batch.resolve("bueno.txt"), "Plan de atención a la población retornada.\n");
        return batch;
    }

    /** In the report's order: what the folder walk refused first, then the files by path. */
    private static Map<String, String> expectedReasons(Path batch) {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("foto.png", "format .png is not supported; Enlace imports PDF, DOCX, HTML, Markdown and plain"
                + " text.");
        reasons.put("danado.pdf", "The file is damaged or is not really of the kind its name says. Open it in its"
                + " program and save it again, or get a fresh copy. (Missing root object specification in trailer.)");
        reasons.put("escaneado.pdf", "The file has no text layer (it is a scanned image). Run it through OCR (e.g."
                + " OCRmyPDF) and import the result. (1 pages without text)");
        reasons.put("grande.txt", "The file is too large to import safely. Split it into parts, or raise the size"
                + " limit if you trust the file. (13200 bytes, more than 10000)");
        reasons.put("metas.md", batch.resolve("metas.md.meta.properties") + ": \"XYZ\" is not an ISO 3166-1 alpha-3"
                + " country code (e.g. COL, GTM, MEX, CRI).");
        reasons.put("protegido.pdf", "The file is protected by a password or does not allow copying its text. Open"
                + " it in its program, remove the protection (or save an unprotected copy) and import that. (needs a"
                + " password to open)");
        return reasons;
    }
}
