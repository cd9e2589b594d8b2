package org.enlace.corpus.extract;

/** Lets a running import be stopped between pages and files; also enforces a time limit. */
public final class Cancellation {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private final Cancellation parent;
    private final long deadlineNanos;
    private volatile boolean cancelled;

    private Cancellation(Cancellation parent, long deadlineNanos) {
        this.parent = parent;
        this.deadlineNanos = deadlineNanos;
    }

    /** A token that is cancelled only by {@link #cancel()} and has no deadline. */
    public static Cancellation none() {
        return new Cancellation(null, NO_DEADLINE);
    }

    /** A token that is cancelled with this one and also fails once {@code timeoutMillis} have passed. */
    public Cancellation withTimeout(long timeoutMillis) {
        return new Cancellation(this, System.nanoTime() + timeoutMillis * 1_000_000L);
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled || parent != null && parent.isCancelled();
    }

    /** Throws when cancelled or past the deadline; extractors call it at least once per page. */
    public void check() throws ExtractionException {
        if (isCancelled()) {
            throw new ExtractionException(ExtractionFailure.CANCELLED, "");
        }
        if (deadlineNanos != NO_DEADLINE && System.nanoTime() - deadlineNanos > 0) {
            throw new ExtractionException(ExtractionFailure.TIMED_OUT, "");
        }
    }
}
