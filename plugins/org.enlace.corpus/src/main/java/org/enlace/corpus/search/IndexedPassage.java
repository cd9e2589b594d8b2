package org.enlace.corpus.search;

/**
 * One passage as the index holds it, with the metadata of its document flattened in for
 * filtering, faceting and display.
 *
 * @param documentId stable id of the document in its corpus
 * @param ordinal 0-based position of the passage in its document
 * @param documentTitle title for display
 * @param country ISO 3166-1 alpha-3 code, or empty when unknown
 * @param level {@code national}, {@code sectoral}, {@code subnational}, or empty
 * @param language ISO 639-1 code of the document's language ({@code es}, {@code en}, ...)
 * @param startYear first year of the plan's period, or 0 when unknown
 * @param endYear last year of the period, or 0 when unknown
 * @param issuer issuing body, or empty
 * @param page 1-based page on which the passage starts
 * @param start offset of the passage in the document's extracted text
 * @param end offset just after the passage
 * @param heading the headings above the passage, outermost first, joined by " › ", or empty
 * @param text the passage text, exactly {@code extractedText.substring(start, end)}
 */
public record IndexedPassage(String documentId, int ordinal, String documentTitle, String country, String level,
        String language, int startYear, int endYear, String issuer, int page, int start, int end, String heading,
        String text) {

    /** The id of the passage in its corpus: {@code documentId#ordinal}. */
    public String id() {
        return documentId + "#" + ordinal;
    }
}
