package org.enlace.corpus.internal.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.enlace.corpus.search.QueryProblem;

/**
 * {@code year:} filters. A passage matches when its plan's period overlaps the years asked for:
 * {@code year:2024} finds plans in force in 2024, {@code year:2022..2026} plans with any year in
 * that range, {@code year:2022..} and {@code year:..2026} open ranges. Passages of plans with
 * unknown years have no points and never match.
 */
final class YearFilter {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})?\\.\\.(\\d{4})?");
    private static final String OPEN = "*";

    private YearFilter() {
    }

    static Query parse(String typedField, String value) throws QueryProblemException {
        String text = value.strip();
        if (YEAR.matcher(text).matches()) {
            int year = Integer.parseInt(text);
            return overlapping(year, year);
        }
        Matcher range = RANGE.matcher(text);
        if (!range.matches() || (range.group(1) == null && range.group(2) == null)) {
            throw new QueryProblemException(QueryProblem.BAD_YEAR, typedField, value, value);
        }
        int from = range.group(1) == null ? Integer.MIN_VALUE : Integer.parseInt(range.group(1));
        int to = range.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(range.group(2));
        if (from > to) {
            throw new QueryProblemException(QueryProblem.REVERSED_YEARS, typedField, value, value,
                    range.group(2) + ".." + range.group(1));
        }
        return overlapping(from, to);
    }

    /** Lucene's {@code [from TO to]} / {@code {from TO to}}; {@code *} leaves a side open. */
    static Query range(String typedField, String from, String to, boolean fromInclusive, boolean toInclusive)
            throws QueryProblemException {
        int first = bound(typedField, from, Integer.MIN_VALUE);
        int last = bound(typedField, to, Integer.MAX_VALUE);
        first = fromInclusive || first == Integer.MIN_VALUE ? first : first + 1;
        last = toInclusive || last == Integer.MAX_VALUE ? last : last - 1;
        if (first > last) {
            String written = from + ".." + to;
            throw new QueryProblemException(QueryProblem.REVERSED_YEARS, typedField, null, written,
                    to + ".." + from);
        }
        return overlapping(first, last);
    }

    /** Period [start, end] overlaps [from, to] when start <= to and end >= from. */
    private static Query overlapping(int from, int to) {
        return new BooleanQuery.Builder()
                .add(IntPoint.newRangeQuery(PassageSchema.START_YEAR, Integer.MIN_VALUE, to), BooleanClause.Occur.FILTER)
                .add(IntPoint.newRangeQuery(PassageSchema.END_YEAR, from, Integer.MAX_VALUE), BooleanClause.Occur.FILTER)
                .build();
    }

    private static int bound(String typedField, String text, int open) throws QueryProblemException {
        if (text == null || text.equals(OPEN)) {
            return open;
        }
        if (!YEAR.matcher(text).matches()) {
            throw new QueryProblemException(QueryProblem.BAD_YEAR, typedField, null, text);
        }
        return Integer.parseInt(text);
    }
}
