package org.enlace.corpus.search;

import java.util.List;
import java.util.Locale;

/**
 * A query the user must correct: what is wrong, where (1-based column in the query as typed) and
 * a message in the user's language. {@link #getMessage()} is English, for logs;
 * {@link #getLocalizedMessage()} follows the default locale; {@link #message(Locale)} chooses.
 */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final QueryProblem problem;
    private final String query;
    private final int column;
    private final List<String> details;

    public QuerySyntaxException(QueryProblem problem, String query, int column, String... details) {
        super(problem.name());
        this.problem = problem;
        this.query = query;
        this.column = Math.max(1, column);
        this.details = List.of(details);
    }

    public QueryProblem problem() {
        return problem;
    }

    /** The query as the user typed it. */
    public String query() {
        return query;
    }

    /** 1-based position of the problem in {@link #query()}. */
    public int column() {
        return column;
    }

    /** The problem's particulars (operator, field, value...), as in {@link QueryProblem}. */
    public List<String> details() {
        return details;
    }

    /** The message in {@code locale} (Spanish for {@code es}, English otherwise). */
    public String message(Locale locale) {
        Object[] arguments = new Object[details.size() + 1];
        arguments[0] = column;
        for (int i = 0; i < details.size(); i++) {
            arguments[i + 1] = details.get(i);
        }
        return SearchMessages.get(locale, problem.key(), arguments);
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    /** A line to print under the query: spaces up to the column, then {@code ^}. */
    public String caretLine() {
        return " ".repeat(column - 1) + "^";
    }
}
