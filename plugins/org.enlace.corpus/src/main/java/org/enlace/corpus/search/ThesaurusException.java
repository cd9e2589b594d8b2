package org.enlace.corpus.search;

import java.util.Locale;

/** A thesaurus file that does not follow the format; names the file and line. */
public final class ThesaurusException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with a line. */
    public enum Problem {
        /** {@code [tag} without {@code ]}, or an empty tag. */
        BAD_TAG,
        /** Fewer than two terms: nothing to be equivalent to. */
        TOO_FEW_TERMS,
        /** An empty term between two {@code |}, or a term with no letter or digit. */
        EMPTY_TERM
    }

    private final Problem problem;
    private final String source;
    private final int line;

    public ThesaurusException(Problem problem, String source, int line) {
        super(problem.name() + " at " + source + ":" + line);
        this.problem = problem;
        this.source = source;
        this.line = line;
    }

    public Problem problem() {
        return problem;
    }

    /** The file (or resource) read. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem. */
    public int line() {
        return line;
    }

    public String message(Locale locale) {
        return SearchMessages.get(locale, "thesaurus." + problem.name(), source, line);
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
