package org.enlace.corpus.internal.index;

import java.util.ArrayDeque;
import java.util.Deque;

import org.enlace.corpus.search.QueryProblem;
import org.enlace.corpus.search.QuerySyntaxException;

/**
 * Finds the mistakes Lucene's parser reports poorly, before it runs: an empty query, a quote
 * never closed (Lucene only says where the text ended) and unbalanced parentheses (Lucene names
 * the token after the problem, not the parenthesis).
 */
final class QueryPrescan {

    private QueryPrescan() {
    }

    static void check(String query) throws QuerySyntaxException {
        if (query.isBlank()) {
            throw new QuerySyntaxException(QueryProblem.EMPTY, query, 1);
        }
        Deque<Integer> open = new ArrayDeque<>();
        int quote = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++; // the escaped character is plain text
            } else if (c == '"') {
                quote = quote < 0 ? i : -1;
            } else if (quote < 0 && c == '(') {
                open.push(i);
            } else if (quote < 0 && c == ')') {
                if (open.isEmpty()) {
                    throw new QuerySyntaxException(QueryProblem.UNOPENED_PARENTHESIS, query, i + 1);
                }
                open.pop();
            }
        }
        if (quote >= 0) {
            throw new QuerySyntaxException(QueryProblem.UNBALANCED_QUOTE, query, quote + 1, query.substring(quote));
        }
        if (!open.isEmpty()) {
            // The innermost one: the likeliest to have lost its closing parenthesis.
            throw new QuerySyntaxException(QueryProblem.UNCLOSED_PARENTHESIS, query, open.peek() + 1);
        }
    }
}
