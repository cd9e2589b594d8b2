package org.enlace.corpus.internal.index;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.enlace.corpus.search.QueryProblem;

/**
 * The {@code field:value} filters of the query language. They select passages without changing
 * their ranking: each is a {@link ConstantScoreQuery}, which {@link ClassicSyntax} turns into a
 * non-scoring clause. Field names are case-insensitive.
 */
final class FieldFilters {

    static final String COUNTRY = "country";
    static final String LANG = "lang";
    static final String LEVEL = "level";
    static final String DOC = "doc";
    static final String YEAR = "year";
    /** For messages, in the order users meet them. */
    static final String KNOWN_FIELDS = "country, lang, level, doc, year";

    private static final Map<String, String> EXAMPLES = Map.of(COUNTRY, "country:COL", LANG, "lang:es", LEVEL,
            "level:national", DOC, "doc:\"plan-2022\"", YEAR, "year:2022..2026");

    private FieldFilters() {
    }

    /** The field's canonical name, if the query language knows it. */
    static Optional<String> known(String typed) {
        String name = typed.toLowerCase(Locale.ROOT);
        return EXAMPLES.containsKey(name) ? Optional.of(name) : Optional.empty();
    }

    static String example(String name) {
        return EXAMPLES.get(name);
    }

    /** The filter for {@code typedField:value}. */
    static Query filter(String typedField, String value) throws QueryProblemException {
        String name = require(typedField);
        if (value.isBlank()) {
            throw new QueryProblemException(QueryProblem.MISSING_VALUE, typedField, null, typedField, example(name));
        }
        Query query = switch (name) {
            case COUNTRY -> term(PassageSchema.COUNTRY, PassageSchema.normaliseCountry(value));
            case LANG -> term(PassageSchema.LANG, PassageSchema.normaliseLanguage(value));
            case LEVEL -> term(PassageSchema.LEVEL, PassageSchema.normaliseLevel(value));
            case DOC -> term(PassageSchema.DOCUMENT_ID, value);
            default -> YearFilter.parse(typedField, value);
        };
        return new ConstantScoreQuery(query);
    }

    /** {@code year:[2022 TO 2026]}, the range syntax of Lucene; other fields take no range. */
    static Query range(String typedField, String from, String to, boolean fromInclusive, boolean toInclusive)
            throws QueryProblemException {
        String name = require(typedField);
        if (!name.equals(YEAR)) {
            throw new QueryProblemException(QueryProblem.RANGE_NOT_SUPPORTED, typedField, null, typedField);
        }
        return new ConstantScoreQuery(YearFilter.range(typedField, from, to, fromInclusive, toInclusive));
    }

    /** Wildcards, fuzzy terms and regular expressions on a filter field: refused, values are exact codes. */
    static QueryProblemException patternOnFilter(String typedField) {
        try {
            require(typedField);
        } catch (QueryProblemException unknown) {
            return unknown;
        }
        return new QueryProblemException(QueryProblem.PATTERN_ON_FILTER, typedField, null, typedField);
    }

    private static String require(String typedField) throws QueryProblemException {
        return known(typedField).orElseThrow(() -> new QueryProblemException(QueryProblem.UNKNOWN_FIELD, typedField,
                null, typedField, KNOWN_FIELDS));
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
