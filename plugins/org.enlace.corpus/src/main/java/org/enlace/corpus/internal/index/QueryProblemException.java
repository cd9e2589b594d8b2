package org.enlace.corpus.internal.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.queryparser.classic.ParseException;
import org.enlace.corpus.search.QueryProblem;
import org.enlace.corpus.search.QuerySyntaxException;

/**
 * A problem found while building a query from a parsed clause. It travels through Lucene's
 * parser as a {@link ParseException} and becomes a {@link QuerySyntaxException} once the whole
 * query string is at hand to find the column.
 */
final class QueryProblemException extends ParseException {

    private static final long serialVersionUID = 1L;

    private final QueryProblem problem;
    /** The field as typed, to find it in the query; empty for text. */
    private final String field;
    /** The value as typed, to point at it rather than at the field; null to point at the field. */
    private final String value;
    private final String[] details;

    QueryProblemException(QueryProblem problem, String field, String value, String... details) {
        super(problem.name());
        this.problem = problem;
        this.field = field;
        this.value = value;
        this.details = details;
    }

    QuerySyntaxException toSyntaxException(String query) {
        return new QuerySyntaxException(problem, query, column(query), details);
    }

    private int column(String query) {
        if (field.isEmpty()) {
            return value == null ? 1 : query.indexOf(value) + 1;
        }
        Matcher clause = Pattern.compile("(?<![^\\s(+\\-!])(" + Pattern.quote(field) + ")\\s*:\\s*\"?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(query);
        int first = -1;
        while (clause.find()) {
            first = first < 0 ? clause.start(1) : first;
            if (value == null) {
                break;
            }
            if (query.startsWith(value, clause.end())) {
                return clause.end() + 1;
            }
        }
        return first + 1;
    }
}
