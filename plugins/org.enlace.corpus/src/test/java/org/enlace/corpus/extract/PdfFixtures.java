package org.enlace.corpus.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.enlace.corpus.internal.extract.LibraryLogging;

/**
 * Small PDFs written with PDFBox for the tests: lines of Helvetica (WinAnsi) at chosen positions.
 * Public for the corpus tests, which import such PDFs.
 */
public final class PdfFixtures {

    static final float LINE = 14;
    static final float TOP = 760;

    /** A line of text at a position; a null text leaves a paragraph gap. */
    record Line(float x, float y, String text) {
    }

    static {
        // Writing the fixtures makes PDFBox warn about font substitution, as extraction does.
        LibraryLogging.quiet();
    }

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private PdfFixtures() {
    }

    /** Pages of lines set from the top down, one line every {@link #LINE} points; "" leaves a gap of one line. */
    public static void write(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = TOP;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            show(content, 72, y, line);
                        }
                        y -= line.isEmpty() ? LINE * 1.5f : LINE;
                    }
                    show(content, 72, 800, "PLAN NACIONAL DE DESARROLLO 2022-2026");
                    show(content, 280, 40, "Página " + document.getNumberOfPages() + " de " + pages.size());
                }
            }
            var info = document.getDocumentInformation();
            info.setTitle("Plan de prueba");
            info.setAuthor("Departamento de Planeación");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("America/Bogota"));
            created.clear();
            created.set(2023, Calendar.MAY, 5, 10, 30);
            info.setCreationDate(created);
            document.save(file.toFile());
        }
    }

    /** One page of lines at explicit positions, drawn in the order given. */
    static void writePositioned(Path file, List<Line> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Line line : lines) {
                    show(content, line.x(), line.y(), line.text());
                }
            }
            document.save(file.toFile());
        }
    }

    /** Pages with nothing but a filled rectangle, as a scan without OCR looks to a text extractor. */
    public static void writeImageOnly(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(50, 50, 400, 600);
                    content.fill();
                }
            }
            document.save(file.toFile());
        }
    }

    /** A one-page PDF protected with the given passwords and permission to copy text. */
    public static void writeEncrypted(Path file, String ownerPassword, String userPassword, boolean canExtract)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                show(content, 72, TOP, "Texto protegido sobre la migración regional.");
            }
            AccessPermission permission = new AccessPermission();
            permission.setCanExtractContent(canExtract);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permission);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
    }

    private static void show(PDPageContentStream content, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(HELVETICA, 11);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
