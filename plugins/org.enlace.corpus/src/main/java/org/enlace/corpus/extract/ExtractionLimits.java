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

    /**
     * Generous for real plans (400 pages, tens of MB) and still safe on a laptop. The archive limit
     * is 100 MB because a DOCX's XML is held in memory as a tree several times its size; the
     * document.xml of a 400-page plan is a few MB.
     */
    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(200L << 20, 5_000, 20_000_000L, 100L << 20, 300_000L);
}
