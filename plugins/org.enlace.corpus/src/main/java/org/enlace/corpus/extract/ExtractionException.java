package org.enlace.corpus.extract;

/** A file that cannot be imported, with the reason and a detail for the user (may be empty). */
public final class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ExtractionFailure failure;
    private final String detail;

    public ExtractionException(ExtractionFailure failure, String detail) {
        this(failure, detail, null);
    }

    public ExtractionException(ExtractionFailure failure, String detail, Throwable cause) {
        super(failure + (detail.isEmpty() ? "" : ": " + detail), cause);
        this.failure = failure;
        this.detail = detail;
    }

    public ExtractionFailure failure() {
        return failure;
    }

    public String detail() {
        return detail;
    }
}
