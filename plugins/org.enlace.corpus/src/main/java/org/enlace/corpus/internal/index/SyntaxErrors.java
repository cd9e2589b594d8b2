package org.enlace.corpus.internal.index;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.enlace.corpus.search.QueryProblem;
import org.enlace.corpus.search.QuerySyntaxException;

/**
 * Turns what Lucene's classic parser throws into a {@link QuerySyntaxException} that says what
 * the user did wrong and where. The parser wraps the real error (with the offending token) as the
 * cause of a message-only exception; token columns are 0-based offsets in the query.
 */
final class SyntaxErrors {

    private static final Set<Integer> OPERATORS = Set.of(QueryParserConstants.AND, QueryParserConstants.OR,
            QueryParserConstants.NOT, QueryParserConstants.PLUS, QueryParserConstants.MINUS,
            QueryParserConstants.BAREOPER);
    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

    private SyntaxErrors() {
    }

    static QuerySyntaxException translate(String query, ParseException wrapped) {
        Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
        if (cause instanceof QueryProblemException problem) {
            return problem.toSyntaxException(query);
        }
        if (cause instanceof ParseException parse && parse.currentToken != null) {
            return fromTokens(query, parse.currentToken);
        }
        if (cause instanceof TokenMgrError lexical) {
            return fromLexical(query, lexical);
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return new QuerySyntaxException(QueryProblem.TOO_COMPLEX, query, 1);
        }
        return new QuerySyntaxException(QueryProblem.UNEXPECTED, query, 1, query);
    }

    /** {@code last} is the last token read well; the one after it is where parsing failed. */
    private static QuerySyntaxException fromTokens(String query, Token last) {
        Token failed = last.next;
        if (last.kind == QueryParserConstants.COLON) {
            return missingValue(query, last.beginColumn);
        }
        if (OPERATORS.contains(last.kind)) {
            return new QuerySyntaxException(QueryProblem.DANGLING_OPERATOR, query, last.beginColumn + 1,
                    last.image.strip());
        }
        if (failed == null || failed.kind == QueryParserConstants.EOF) {
            return new QuerySyntaxException(QueryProblem.UNEXPECTED_END, query, query.length() + 1);
        }
        if (OPERATORS.contains(failed.kind)) {
            return new QuerySyntaxException(QueryProblem.DANGLING_OPERATOR, query, failed.beginColumn + 1,
                    failed.image.strip());
        }
        return new QuerySyntaxException(QueryProblem.UNEXPECTED, query, failed.beginColumn + 1, failed.image);
    }

    /** {@code field:} followed by nothing usable; the field is the word before the colon. */
    private static QuerySyntaxException missingValue(String query, int colon) {
        int end = colon;
        while (end > 0 && Character.isWhitespace(query.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(query.charAt(start - 1)) && "(+-!".indexOf(query.charAt(start - 1)) < 0) {
            start--;
        }
        String field = query.substring(start, end);
        int column = start + 1;
        return FieldFilters.known(field)
                .map(name -> new QuerySyntaxException(QueryProblem.MISSING_VALUE, query, column, field,
                        FieldFilters.example(name)))
                .orElseGet(() -> new QuerySyntaxException(QueryProblem.UNKNOWN_FIELD, query, column, field,
                        FieldFilters.KNOWN_FIELDS));
    }

    private static QuerySyntaxException fromLexical(String query, TokenMgrError error) {
        String message = String.valueOf(error.getMessage());
        if (message.contains("<EOF>")) {
            return new QuerySyntaxException(QueryProblem.UNEXPECTED_END, query, query.length() + 1);
        }
        Matcher column = LEXICAL_COLUMN.matcher(message);
        int at = column.find() ? Integer.parseInt(column.group(1)) : 1;
        String found = at >= 1 && at <= query.length() ? query.substring(at - 1, at) : "";
        return new QuerySyntaxException(QueryProblem.UNEXPECTED, query, at, found);
    }
}
