package org.enlace.corpus.internal.extract;

/** Short, single-line details for failures that come from library exceptions. */
final class Failures {

    private static final int MAX_DETAIL = 160;

    private Failures() {
    }

    /** The exception's message (or its type when it has none), on one line and cut to a readable length. */
    static String shortDetail(Throwable e) {
        String message = e.getMessage();
        String detail = message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.strip().replaceAll("\\s+", " ");
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }
}
