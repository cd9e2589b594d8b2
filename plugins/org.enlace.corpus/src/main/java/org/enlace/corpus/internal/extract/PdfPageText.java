package org.enlace.corpus.internal.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.extract.ExtractionException;
import org.enlace.corpus.extract.ExtractionFailure;

/**
 * The raw text of each page of a PDF in one pass, with a blank line where PDFBox sees a paragraph
 * gap. Content-stream order is kept (no sorting by position): measured on the Colombian PND and
 * Zipaquirá plans, sorting interleaves the columns of Word and InDesign layouts and splits
 * superscripts from their lines, while stream order follows the author's reading order.
 */
final class PdfPageText extends PDFTextStripper {

    private final Cancellation cancellation;
    private final long maxTextChars;
    private final List<String> pages = new ArrayList<>();
    private final StringWriter buffer = new StringWriter();
    private long totalChars;

    private PdfPageText(Cancellation cancellation, long maxTextChars) {
        this.cancellation = cancellation;
        this.maxTextChars = maxTextChars;
        setSortByPosition(false);
        setLineSeparator("\n");
        setWordSeparator(" ");
        // A paragraph gap becomes an empty line, which WrappedText reads as a paragraph break.
        setParagraphStart("");
        setParagraphEnd("\n");
        setPageStart("");
        setPageEnd("");
    }

    /** The text of every page, in page order. */
    static List<String> of(PDDocument document, Cancellation cancellation, long maxTextChars)
            throws ExtractionException, IOException {
        PdfPageText stripper = new PdfPageText(cancellation, maxTextChars);
        try {
            stripper.writeText(document, stripper.buffer);
        } catch (Stop stop) {
            throw stop.reason;
        }
        return stripper.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        try {
            cancellation.check();
        } catch (ExtractionException e) {
            throw new Stop(e);
        }
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        String text = buffer.toString();
        buffer.getBuffer().setLength(0);
        totalChars += text.length();
        if (totalChars > maxTextChars) {
            throw new Stop(new ExtractionException(ExtractionFailure.TIMED_OUT,
                    "more than " + maxTextChars + " characters of text"));
        }
        pages.add(text);
    }

    /** Carries an extraction failure out through PDFBox, whose hooks may only throw IOException. */
    private static final class Stop extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient ExtractionException reason;

        Stop(ExtractionException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }
}
