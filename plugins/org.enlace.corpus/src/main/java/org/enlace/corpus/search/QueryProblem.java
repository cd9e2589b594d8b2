package org.enlace.corpus.search;

/** What is wrong with a query; each has a message in the search resource bundle. */
public enum QueryProblem {
    /** Nothing but spaces. */
    EMPTY,
    /** A {@code "} that is never closed; detail: the text from the quote on. */
    UNBALANCED_QUOTE,
    /** A {@code (} that is never closed. */
    UNCLOSED_PARENTHESIS,
    /** A {@code )} with no {@code (} before it. */
    UNOPENED_PARENTHESIS,
    /** {@code AND}, {@code OR}, {@code NOT}, {@code +} or {@code -} without the term(s) it needs; detail: the operator. */
    DANGLING_OPERATOR,
    /** {@code field:} with nothing after it; details: field, example. */
    MISSING_VALUE,
    /** {@code foo:bar}; details: field, known fields. */
    UNKNOWN_FIELD,
    /** {@code year:} with something that is not a year or range of years; detail: the value. */
    BAD_YEAR,
    /** {@code year:2026..2022}; details: the value, the range the right way round. */
    REVERSED_YEARS,
    /** A wildcard, fuzzy or regular-expression value on an exact field; detail: field. */
    PATTERN_ON_FILTER,
    /** A range on a field other than {@code year}; detail: field. */
    RANGE_NOT_SUPPORTED,
    /** A pattern with no letter or digit, such as {@code ?*}; detail: the pattern. */
    PATTERN_TOO_BROAD,
    /** More clauses than Lucene allows, usually through wide expansions. */
    TOO_COMPLEX,
    /** Something the query language does not expect here; detail: what was found. */
    UNEXPECTED,
    /** The query stops where more was expected. */
    UNEXPECTED_END;

    String key() {
        return "query." + name();
    }
}
