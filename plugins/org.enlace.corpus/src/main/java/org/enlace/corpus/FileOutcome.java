package org.enlace.corpus;

/**
 * What an import did with one file.
 *
 * @param file the file as found
 * @param kind what happened
 * @param documentId the document it is in the corpus, or empty when skipped
 * @param reason for a skipped file, what is wrong and what to do, in the user's language; else empty
 * @param pages pages extracted (0 when nothing was extracted)
 * @param passages passages indexed (0 when nothing was indexed)
 * @param characters characters of text extracted (0 when nothing was extracted)
 */
public record FileOutcome(String file, Kind kind, String documentId, String reason, int pages, int passages,
        long characters) {

    public static FileOutcome skipped(String file, String reason) {
        return new FileOutcome(file, Kind.SKIPPED, "", reason, 0, 0, 0);
    }

    /** A copy of a file that is imported (a pdftotext .txt, the same bytes at another path): nothing is wrong. */
    public static FileOutcome leftOut(String file, String reason) {
        return new FileOutcome(file, Kind.LEFT_OUT, "", reason, 0, 0, 0);
    }

    public enum Kind {
        /** New to the corpus. */
        IMPORTED,
        /** Its content changed: its passages were replaced. */
        REPLACED,
        /** Same content, new metadata: indexed again from the stored text. */
        METADATA_UPDATED,
        /** Already in the corpus as it is: nothing done. */
        UNCHANGED,
        /** A copy of another file, left out on purpose; {@link FileOutcome#reason()} names the original. */
        LEFT_OUT,
        /** Not imported because something is wrong; {@link FileOutcome#reason()} says what and what to do. */
        SKIPPED
    }
}
