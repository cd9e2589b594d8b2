package org.enlace.corpus.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.enlace.corpus.internal.extract.DocxExtractor;
import org.enlace.corpus.internal.extract.HtmlExtractor;
import org.enlace.corpus.internal.extract.MarkdownExtractor;
import org.enlace.corpus.internal.extract.PdfExtractor;
import org.enlace.corpus.internal.extract.TextExtractor;

/** Extracts any supported file, chosen by extension, within the limits; the one entry point for importers. */
public final class Extractors {

    private static final Map<DocumentFormat, DocumentExtractor> EXTRACTORS = Map.of(
            DocumentFormat.PDF, new PdfExtractor(),
            DocumentFormat.DOCX, new DocxExtractor(),
            DocumentFormat.HTML, new HtmlExtractor(),
            DocumentFormat.MARKDOWN, new MarkdownExtractor(),
            DocumentFormat.TEXT, new TextExtractor());

    private Extractors() {
    }

    /** The extractor for a format. */
    public static DocumentExtractor forFormat(DocumentFormat format) {
        return EXTRACTORS.get(format);
    }

    /**
     * Extracts {@code file}, failing with {@link ExtractionFailure#TIMED_OUT} after
     * {@link ExtractionLimits#timeoutMillis()}.
     *
     * @throws ExtractionException for every kind of bad input; nothing else
     */
    public static ExtractedDocument extract(Path file, ExtractionLimits limits, Cancellation cancellation)
            throws ExtractionException {
        DocumentFormat format = DocumentFormat.of(file).orElseThrow(() -> new ExtractionException(
                ExtractionFailure.UNSUPPORTED_FORMAT, extension(file)));
        checkReadable(file, limits);
        Cancellation bounded = cancellation.withTimeout(limits.timeoutMillis());
        bounded.check();
        try {
            return EXTRACTORS.get(format).extract(file, limits, bounded);
        } catch (RuntimeException | StackOverflowError e) {
            // Parsers fail on damaged input in many ways besides IOException (deeply nested objects even
            // overflow the stack); the user needs one reason. Memory is bounded by the limits instead.
            String message = e.getMessage();
            throw new ExtractionException(ExtractionFailure.CORRUPT, e.getClass().getSimpleName()
                    + (message == null ? "" : ": " + shorten(message)), e);
        }
    }

    /** Refuses a missing, unreadable or oversized file before any parser opens it. */
    private static void checkReadable(Path file, ExtractionLimits limits) throws ExtractionException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ExtractionException(ExtractionFailure.UNREADABLE,
                    Files.exists(file) ? "not a readable file" : "no such file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.UNREADABLE, String.valueOf(e.getMessage()), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new ExtractionException(ExtractionFailure.TOO_LARGE,
                    size + " bytes, more than " + limits.maxFileBytes());
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "no extension" : name.substring(dot);
    }

    private static String shorten(String message) {
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() <= 160 ? line : line.substring(0, 159) + "…";
    }
}
