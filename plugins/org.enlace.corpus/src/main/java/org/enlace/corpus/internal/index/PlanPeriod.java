package org.enlace.corpus.internal.index;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The years a plan covers, as the year filter and facet see them. A year of 0 is unknown; with
 * one year known the period is that year; reversed years are taken in order.
 *
 * @param first first year, or 0 when the period is unknown
 * @param last last year, or 0 when the period is unknown
 */
public record PlanPeriod(int first, int last) {

    static final PlanPeriod UNKNOWN = new PlanPeriod(0, 0);

    public static PlanPeriod of(int startYear, int endYear) {
        if (startYear <= 0 && endYear <= 0) {
            return UNKNOWN;
        }
        int a = startYear > 0 ? startYear : endYear;
        int b = endYear > 0 ? endYear : startYear;
        return new PlanPeriod(Math.min(a, b), Math.max(a, b));
    }

    public boolean known() {
        return first > 0;
    }

    /** Every year of the period for the year facet, at most {@link PassageSchema#MAX_FACET_YEARS}. */
    public List<Integer> facetYears() {
        if (!known()) {
            return List.of();
        }
        int end = Math.min(last, first + PassageSchema.MAX_FACET_YEARS - 1);
        return IntStream.rangeClosed(first, end).boxed().toList();
    }
}
