package org.enlace.corpus.extract;

/** Why a file could not be imported; each has a message in the corpus resource bundle. */
public enum ExtractionFailure {
    /** The extension is not one of {@link DocumentFormat}. */
    UNSUPPORTED_FORMAT,
    /** The file cannot be read (missing, permissions, I/O error). */
    UNREADABLE,
    /** Password-protected or encrypted so that text cannot be extracted. */
    ENCRYPTED,
    /** Damaged or not really of its format. */
    CORRUPT,
    /** No text layer: a scanned, image-only document (needs OCR first). */
    NO_TEXT,
    /** Larger than {@link ExtractionLimits#maxFileBytes()} or expands past {@link ExtractionLimits#maxArchiveBytes()}. */
    TOO_LARGE,
    /** More pages than {@link ExtractionLimits#maxPages()}. */
    TOO_MANY_PAGES,
    /** Extraction took longer than {@link ExtractionLimits#timeoutMillis()} or produced too much text. */
    TIMED_OUT,
    /** The user stopped the import. */
    CANCELLED
}
