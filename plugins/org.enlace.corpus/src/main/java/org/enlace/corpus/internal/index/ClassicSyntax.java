package org.enlace.corpus.internal.index;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.enlace.corpus.search.QueryProblem;

/**
 * Lucene's classic query syntax with Enlace's meaning: unfielded clauses search the passage text
 * ({@link TextQueries}), fielded ones are filters ({@link FieldFilters}). Terms are joined by AND
 * unless the user writes OR. One instance per query: Lucene's parser keeps state.
 */
final class ClassicSyntax extends QueryParser {

    /** Unfielded clauses arrive with this field; users cannot type an empty field name. */
    private static final String TEXT = "";
    private static final String ALL = "*";

    private final TextQueries text;

    ClassicSyntax(TextQueries text) {
        super(TEXT, PassageSchema.exactAnalyzer());
        this.text = text;
        setDefaultOperator(QueryParser.AND_OPERATOR);
        // Each word is its own clause (and its own thesaurus entry); several words that belong
        // together are a quoted phrase.
        setSplitOnWhitespace(true);
        // Leading wildcards are allowed: *migra* finds inmigración and emigrantes; the exact
        // field's term dictionary is small enough to scan.
        setAllowLeadingWildcard(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field.equals(TEXT)) {
            return quoted ? text.phrase(queryText, 0) : text.word(queryText);
        }
        return FieldFilters.filter(field, queryText);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field.equals(TEXT)) {
            return text.phrase(queryText, slop);
        }
        return FieldFilters.filter(field, queryText);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (termStr.equals(ALL) && (field.equals(ALL) || field.equals(TEXT))) {
            return MatchAllDocsQuery.INSTANCE;
        }
        requireText(field);
        if (termStr.chars().noneMatch(Character::isLetterOrDigit)) {
            throw new QueryProblemException(QueryProblem.PATTERN_TOO_BROAD, TEXT, termStr, termStr);
        }
        return text.wildcard(termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        requireText(field);
        if (termStr.chars().noneMatch(Character::isLetterOrDigit)) {
            return getWildcardQuery(field, termStr + "*");
        }
        return text.prefix(termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        requireText(field);
        return text.fuzzy(termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        requireText(field);
        return text.regexp(termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        if (field.equals(TEXT)) {
            throw new QueryProblemException(QueryProblem.RANGE_NOT_SUPPORTED, TEXT, "[", "[ ]");
        }
        return FieldFilters.range(field, part1, part2, startInclusive, endInclusive);
    }

    /** A filter that must hold does not score: ranking comes from the text alone. */
    @Override
    protected BooleanClause newBooleanClause(Query q, BooleanClause.Occur occur) {
        if (q instanceof ConstantScoreQuery && occur == BooleanClause.Occur.MUST) {
            return new BooleanClause(q, BooleanClause.Occur.FILTER);
        }
        return super.newBooleanClause(q, occur);
    }

    private static void requireText(String field) throws QueryProblemException {
        if (!field.equals(TEXT)) {
            throw FieldFilters.patternOnFilter(field);
        }
    }
}
