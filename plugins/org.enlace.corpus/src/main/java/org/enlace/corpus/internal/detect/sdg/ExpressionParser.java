package org.enlace.corpus.internal.detect.sdg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recursive descent over one clause's expression. Binding, tightest first: OR, NEAR/n, AND, NOT —
 * the Scopus order the public queries were written in, so they keep their meaning unchanged.
 */
public final class ExpressionParser {

    private static final Pattern TOKEN = Pattern.compile("\\s*(\"[^\"]*\"?|\\(|\\)|[^\\s()\"]+)");
    private static final Pattern NEAR = Pattern.compile("NEAR/(\\d+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}*?]+");

    private final List<String> tokens = new ArrayList<>();
    private int next;

    private ExpressionParser(String expression) {
        Matcher m = TOKEN.matcher(expression);
        while (m.lookingAt()) {
            tokens.add(m.group(1));
            m.region(m.end(), expression.length());
        }
    }

    /** @throws IllegalArgumentException saying what is wrong and what to write instead */
    public static QueryExpr parse(String expression) {
        ExpressionParser parser = new ExpressionParser(expression.strip());
        if (parser.tokens.isEmpty()) {
            throw new IllegalArgumentException("empty expression; write a word, a \"phrase\" or (A OR B)");
        }
        QueryExpr expr = parser.not();
        if (parser.next < parser.tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.next)
                    + "'; join parts with OR, AND, NOT or NEAR/n");
        }
        return expr;
    }

    private QueryExpr not() {
        QueryExpr expr = and();
        while (accept("NOT")) {
            expr = new QueryExpr.Not(expr, and());
        }
        return expr;
    }

    private QueryExpr and() {
        QueryExpr expr = near();
        while (accept("AND")) {
            expr = new QueryExpr.And(expr, near());
        }
        return expr;
    }

    private QueryExpr near() {
        QueryExpr expr = or();
        while (next < tokens.size()) {
            Matcher m = NEAR.matcher(tokens.get(next));
            if (!m.matches()) {
                break;
            }
            next++;
            expr = new QueryExpr.Near(expr, or(), Integer.parseInt(m.group(1)));
        }
        return expr;
    }

    private QueryExpr or() {
        List<QueryExpr> alternatives = new ArrayList<>(List.of(atom()));
        while (accept("OR")) {
            alternatives.add(atom());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new QueryExpr.Or(List.copyOf(alternatives));
    }

    private QueryExpr atom() {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("the expression ends too early; write a word, a \"phrase\" or (...)");
        }
        String token = tokens.get(next++);
        if (token.equals("(")) {
            QueryExpr inner = not();
            if (!accept(")")) {
                throw new IllegalArgumentException("missing ')'; close every '(' on the same line");
            }
            return inner;
        }
        if (token.startsWith("\"")) {
            return phrase(token);
        }
        if (isOperator(token) || !WORD.matcher(token).matches()) {
            throw new IllegalArgumentException("expected a word, a \"phrase\" or (...), not '" + token
                    + "'; words hold letters, digits, * and ?");
        }
        return new QueryExpr.Phrase(List.of(QueryExpr.Word.of(token)));
    }

    private static QueryExpr phrase(String token) {
        if (token.length() < 2 || !token.endsWith("\"")) {
            throw new IllegalArgumentException("unclosed quote in " + token + "; end the phrase with \"");
        }
        // Punctuation inside a phrase separates words, exactly as the text tokenizer does.
        List<QueryExpr.Word> words = new ArrayList<>();
        for (String part : token.substring(1, token.length() - 1).split("[^\\p{L}\\p{N}*?]+")) {
            if (!part.isEmpty()) {
                words.add(QueryExpr.Word.of(part));
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase \"\"; write words inside the quotes");
        }
        return new QueryExpr.Phrase(List.copyOf(words));
    }

    private static boolean isOperator(String token) {
        return token.equals("AND") || token.equals("OR") || token.equals("NOT") || token.equals(")")
                || NEAR.matcher(token).matches();
    }

    private boolean accept(String token) {
        if (next < tokens.size() && tokens.get(next).equals(token)) {
            next++;
            return true;
        }
        return false;
    }
}
