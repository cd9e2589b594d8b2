package org.enlace.corpus.detect;

import java.util.Locale;

/** A query pack that cannot be read: where, what is wrong and what to write instead. */
public final class PackException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with a line; each has a message saying what to write. */
    public enum Problem {
        /** The first statement is not {@code pack NAME VERSION}. */
        MISSING_HEADER,
        /** A second {@code pack} line. */
        DUPLICATE_HEADER,
        /** A clause before any {@code [section]}. */
        CLAUSE_OUTSIDE_SECTION,
        /** {@code [something]} that is not one of the section kinds, or without its closing bracket. */
        UNKNOWN_SECTION,
        /** {@code [target X]} where X is not a target code such as 10.7 or 10.c. */
        BAD_TARGET_CODE,
        /** {@code [gcm X]} where X is not a number from 1 to 23. */
        BAD_GCM_NUMBER,
        /** A leading weight that is not a positive number. */
        BAD_WEIGHT,
        /** A phrase without its closing quote, or an empty phrase. */
        BAD_PHRASE,
        /** {@code ~} not followed by a whole number from 1 to 20. */
        BAD_PROXIMITY,
        /** A term that is only {@code *}, has {@code *} inside, or has no letter. */
        BAD_TERM
    }

    private final Problem problem;
    private final String source;
    private final int line;
    private final String detail;

    public PackException(Problem problem, String source, int line, String detail) {
        super(source + ":" + line + ": " + problem.name() + " (" + detail + ")");
        this.problem = problem;
        this.source = source;
        this.line = line;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    /** The file (or resource) read. */
    public String source() {
        return source;
    }

    /** The line, from 1. */
    public int line() {
        return line;
    }

    /** The text at fault. */
    public String detail() {
        return detail;
    }

    /** The full explanation for a user: file, line, what is wrong, what to write. */
    public String explain(Locale locale) {
        return DetectMessages.get(locale, "pack.problem", source, line,
                DetectMessages.get(locale, "pack." + problem.name(), detail));
    }
}
