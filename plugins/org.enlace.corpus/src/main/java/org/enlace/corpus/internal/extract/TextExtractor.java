package org.enlace.corpus.internal.extract;

import java.nio.file.Path;
import java.util.List;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.extract.DocumentExtractor;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.extract.ExtractionException;
import org.enlace.corpus.extract.ExtractionLimits;

/**
 * Plain text, often pdftotext output: a form feed ends a page, a blank line a paragraph, and
 * wrapped lines are joined. With three pages or more, running headers, footers and page numbers
 * are removed as for PDFs.
 */
public final class TextExtractor implements DocumentExtractor {

    private static final int MIN_PAGES_FOR_RUNNING_LINES = 3;

    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits, Cancellation cancellation)
            throws ExtractionException {
        InMemoryLimit.check(file, limits);
        String text = TextDecoding.read(file);
        List<List<String>> pages = PagedLines.split(text);
        // pdftotext ends the last page with a form feed too: that is not the start of another page.
        if (pages.size() > 1 && pages.get(pages.size() - 1).stream().allMatch(String::isEmpty)) {
            pages.remove(pages.size() - 1);
        }
        if (pages.size() >= MIN_PAGES_FOR_RUNNING_LINES) {
            pages = RunningLines.remove(pages);
        }
        DocumentBuilder out = new DocumentBuilder(limits.maxTextChars());
        for (int i = 0; i < pages.size(); i++) {
            cancellation.check();
            if (i > 0) {
                out.newPage();
            }
            WrappedText.appendPage(pages.get(i), out);
        }
        return out.build();
    }
}
