package org.enlace.corpus.extract;

/**
 * Bounds that keep any input from hanging the importer or exhausting memory.
 *
 * @param maxFileBytes larger files are refused before they are opened
 * @param maxPages PDFs with more pages are refused
 * @param maxTextChars extraction stops with a failure once the text grows past this
 * @param maxArchiveBytes a DOCX whose parts expand past this is refused (zip bombs)
 * @param timeoutMillis extraction of one file gives up after this long
 */
public record ExtractionLimits(long maxFileBytes, int maxPages, long maxTextChars, long maxArchiveBytes,
        long timeoutMillis) {

    /** Generous for real plans (400 pages, tens of MB) and still safe on a laptop. */
    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(200L << 20, 5_000, 20_000_000L, 500L << 20, 300_000L);
}
