package org.enlace.corpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxExtractionTest {

    @TempDir
    Path dir;

    @Test
    void readsHeadingsTablesAndPageBreaksInBodyOrder() throws Exception {
        Path file = dir.resolve("plan.docx");
        writePlan(file);

        ExtractedDocument document = Invariants.check(Extractors.extract(file, ExtractionLimits.DEFAULT,
                Cancellation.none()));

        assertEquals("""
                Migración y desarrollo

                La niñez migrante tiene acceso a la escuela.

                Metas

                Indicador

                Línea base

                Niños migrantes matriculados

                1.200

                Antes del salto.

                Después del salto.

                Segunda página del plan.""", document.text());
        assertEquals(List.of("Migración y desarrollo", "Metas"), Invariants.texts(document, BlockKind.HEADING));
        assertEquals(List.of(1, 2), document.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING)
                .map(Block::level).toList());
        assertEquals(2, document.pageCount());
        assertEquals(1, document.pageOf(document.text().indexOf("Antes del salto")));
        assertEquals(2, document.pageOf(document.text().indexOf("Después del salto")));
        assertEquals(2, document.pageOf(document.text().indexOf("Segunda página")));
        assertEquals("Plan de prueba", document.properties().get("title"));
        assertEquals("DNP", document.properties().get("author"));
        assertEquals("2023-05-05", document.properties().get("created"));
    }

    @Test
    void takesThePagesWordLastRenderedWhenTheFileRecordsThem() throws Exception {
        Path file = dir.resolve("rendered.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            paragraph(document, null, "Página uno.");
            XWPFParagraph second = document.createParagraph();
            second.createRun().getCTR().addNewLastRenderedPageBreak();
            second.createRun().setText("Página dos.");
            XWPFParagraph hardBreak = document.createParagraph();
            XWPFRun end = hardBreak.createRun();
            end.setText("Fin de la dos.");
            end.addBreak(BreakType.PAGE);
            // Word marks the page that the hard break began too: it must not count twice.
            XWPFParagraph third = document.createParagraph();
            third.createRun().getCTR().addNewLastRenderedPageBreak();
            third.createRun().setText("Página tres.");
            XWPFParagraph fourth = document.createParagraph();
            fourth.setPageBreak(true);
            fourth.createRun().setText("Sigue en la tres: el salto previo no se ha vuelto a dibujar.");
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }

        ExtractedDocument document = Invariants.check(Extractors.extract(file, ExtractionLimits.DEFAULT,
                Cancellation.none()));

        assertEquals(3, document.pageCount());
        assertEquals(1, document.pageOf(document.text().indexOf("Página uno")));
        assertEquals(2, document.pageOf(document.text().indexOf("Fin de la dos")));
        assertEquals(3, document.pageOf(document.text().indexOf("Página tres")));
        assertEquals(3, document.pageOf(document.text().indexOf("Sigue en la tres")));
    }

    @Test
    void countsHardPageBreaksBeforeParagraphsWhenNothingWasRendered() throws Exception {
        Path file = dir.resolve("before.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            paragraph(document, null, "Portada.");
            XWPFParagraph next = document.createParagraph();
            next.setPageBreak(true);
            next.createRun().setText("Introducción.");
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }

        ExtractedDocument document = Extractors.extract(file, ExtractionLimits.DEFAULT, Cancellation.none());

        assertEquals(2, document.pageOf(document.text().indexOf("Introducción")));
    }

    @Test
    void reportsGarbageAsCorrupt() throws Exception {
        Path file = Files.writeString(dir.resolve("garbage.docx"), "esto no es un documento de Word");

        assertFailure(ExtractionFailure.CORRUPT, file, ExtractionLimits.DEFAULT);
    }

    @Test
    void refusesAnArchiveThatExpandsPastTheLimit() throws Exception {
        Path plan = dir.resolve("plan.docx");
        writePlan(plan);
        Path bomb = dir.resolve("bomb.docx");
        copyWithExtraPart(plan, bomb, "word/media/zeros.bin", new byte[2 << 20]);
        ExtractionLimits d = ExtractionLimits.DEFAULT;

        assertFailure(ExtractionFailure.TOO_LARGE, bomb,
                new ExtractionLimits(d.maxFileBytes(), d.maxPages(), d.maxTextChars(), 1 << 20, d.timeoutMillis()));
    }

    @Test
    void refusesAPartThatInflatesLikeAZipBomb() throws Exception {
        Path plan = dir.resolve("plan.docx");
        writePlan(plan);
        Path bomb = dir.resolve("bomb.docx");
        // A styles part padded with megabytes of spaces compresses a thousandfold: no real document does.
        byte[] styles = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + " ".repeat(4 << 20)
                + "</w:styles>").getBytes(StandardCharsets.UTF_8);
        copyWithExtraPart(plan, bomb, "word/styles.xml", styles);

        assertFailure(ExtractionFailure.TOO_LARGE, bomb, ExtractionLimits.DEFAULT);
    }

    @Test
    void refusesAPasswordProtectedDocument() throws Exception {
        Path plan = dir.resolve("plan.docx");
        writePlan(plan);
        Path locked = dir.resolve("locked.docx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("clave");
            try (OutputStream out = encryptor.getDataStream(container)) {
                Files.copy(plan, out);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                container.writeFilesystem(out);
            }
        }

        assertFailure(ExtractionFailure.ENCRYPTED, locked, ExtractionLimits.DEFAULT);
    }

    private static void writePlan(Path file) throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            styles.addStyle(style("Heading1", "heading 1"));
            styles.addStyle(style("Ttulo2", "Título 2"));
            paragraph(document, "Heading1", "Migración y desarrollo");
            paragraph(document, null, "La niñez migrante tiene acceso a la escuela.");
            paragraph(document, "Ttulo2", "Metas");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Indicador");
            table.getRow(0).getCell(1).setText("Línea base");
            table.getRow(1).getCell(0).setText("Niños migrantes matriculados");
            table.getRow(1).getCell(1).setText("1.200");
            XWPFParagraph split = document.createParagraph();
            XWPFRun before = split.createRun();
            before.setText("Antes del salto.");
            before.addBreak(BreakType.PAGE);
            split.createRun().setText("Después del salto.");
            paragraph(document, null, "Segunda página del plan.");
            var core = document.getProperties().getCoreProperties();
            core.setTitle("Plan de prueba");
            core.setCreator("DNP");
            core.setCreated(java.util.Optional.of(Date.from(java.time.Instant.parse("2023-05-05T15:00:00Z"))));
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
    }

    private static XWPFStyle style(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        return new XWPFStyle(style);
    }

    private static void paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    /** Copies a DOCX, replacing (or adding) one part with the given bytes. */
    private static void copyWithExtraPart(Path from, Path to, String name, byte[] bytes) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals(name)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(bytes);
            out.closeEntry();
        }
    }

    private static void assertFailure(ExtractionFailure expected, Path file, ExtractionLimits limits) {
        ExtractionException failure = assertThrows(ExtractionException.class,
                () -> Extractors.extract(file, limits, Cancellation.none()));
        assertEquals(expected, failure.failure(), failure.getMessage());
    }
}
