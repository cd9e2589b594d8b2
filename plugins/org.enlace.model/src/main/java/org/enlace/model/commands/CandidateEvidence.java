package org.enlace.model.commands;

/**
 * Where a candidate entry point was found: the document (identified by the SHA-256 of its file, so
 * the same document is recognised in every model and corpus) and the passage in its extracted text.
 *
 * @param documentTitle title of the document
 * @param documentLocation where the file was imported from (path or URL)
 * @param documentSha256 SHA-256 of the file's bytes, hex
 * @param documentLanguage ISO 639-1 code, or empty
 * @param documentPages page count, or 0 when unknown
 * @param page 1-based page where the passage starts
 * @param start offset of the passage in the document's extracted text
 * @param end offset just after it
 * @param quote the passage text, verbatim
 * @param foundBy the query or the clauses that found it
 */
public record CandidateEvidence(String documentTitle, String documentLocation, String documentSha256,
        String documentLanguage, int documentPages, int page, int start, int end, String quote, String foundBy) {

    public CandidateEvidence {
        if (documentSha256 == null || documentSha256.isBlank()) {
            throw new IllegalArgumentException("a candidate's document needs its SHA-256");
        }
        if (page < 1 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad passage position: page " + page + ", " + start + ".." + end);
        }
    }
}
