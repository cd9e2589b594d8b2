package org.enlace.corpus.internal.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.extract.DocumentExtractor;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.extract.ExtractionException;
import org.enlace.corpus.extract.ExtractionFailure;
import org.enlace.corpus.extract.ExtractionLimits;

/** PDF through Apache PDFBox: page text, running lines removed, paragraphs and headings rebuilt. */
public final class PdfExtractor implements DocumentExtractor {

    /** Fewer letters per page than this on average is a scan without a text layer (a stamp at most). */
    private static final int MIN_LETTERS_PER_PAGE = 10;

    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits, Cancellation cancellation)
            throws ExtractionException {
        LibraryLogging.quiet();
        // Parsed objects are cached in a temporary file, not on the heap, so large plans fit any heap.
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            checkOpenable(document, limits);
            List<String> pages = PdfPageText.of(document, cancellation, limits.maxTextChars());
            if (letters(pages) < (long) MIN_LETTERS_PER_PAGE * pages.size()) {
                throw new ExtractionException(ExtractionFailure.NO_TEXT, pages.size() + " pages without text");
            }
            DocumentBuilder out = new DocumentBuilder(limits.maxTextChars());
            addPages(pages, out);
            addProperties(document.getDocumentInformation(), out);
            return out.build();
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(ExtractionFailure.ENCRYPTED, "needs a password to open", e);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, Failures.shortDetail(e), e);
        }
    }

    private static void checkOpenable(PDDocument document, ExtractionLimits limits) throws ExtractionException {
        // Owner-password PDFs open with the empty user password; honour their "no copying" permission.
        if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
            throw new ExtractionException(ExtractionFailure.ENCRYPTED, "text extraction is not permitted");
        }
        int pageCount = document.getNumberOfPages();
        if (pageCount > limits.maxPages()) {
            throw new ExtractionException(ExtractionFailure.TOO_MANY_PAGES,
                    pageCount + " pages, more than " + limits.maxPages());
        }
    }

    private static void addPages(List<String> pageTexts, DocumentBuilder out) throws ExtractionException {
        List<List<String>> pages = new ArrayList<>(pageTexts.size());
        for (String text : pageTexts) {
            pages.add(PagedLines.lines(text));
        }
        List<List<String>> cleaned = RunningLines.remove(pages);
        for (int i = 0; i < cleaned.size(); i++) {
            if (i > 0) {
                out.newPage();
            }
            WrappedText.appendPage(cleaned.get(i), out);
        }
    }

    private static long letters(List<String> pages) {
        long count = 0;
        for (String page : pages) {
            count += page.codePoints().filter(Character::isLetter).count();
        }
        return count;
    }

    private static void addProperties(PDDocumentInformation info, DocumentBuilder out) {
        out.property("title", info.getTitle());
        out.property("author", info.getAuthor());
        out.property("subject", info.getSubject());
        out.property("keywords", info.getKeywords());
        Calendar created = info.getCreationDate();
        if (created != null) {
            out.property("created",
                    created.toInstant().atZone(created.getTimeZone().toZoneId()).toLocalDate().toString());
        }
    }
}
