package org.enlace.corpus.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param totalHits matching passages; a lower bound when {@code totalHitsExact} is false
 * @param totalHitsExact false when counting stopped early (many matches, no facets requested)
 * @param hits the requested page of hits, best first
 * @param facets when requested: {@code country}, {@code document}, {@code year}, {@code level},
 *        {@code lang}, in that order, each with values by count (descending) then value; else empty
 */
public record SearchResult(long totalHits, boolean totalHitsExact, List<SearchHit> hits,
        Map<String, List<FacetValue>> facets) {

    /** Nothing found: what a corpus without an index answers. */
    public static final SearchResult EMPTY = new SearchResult(0, true, List.of(), Map.of());

    public SearchResult {
        hits = List.copyOf(hits);
        Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
        facets.forEach((dim, values) -> copy.put(dim, List.copyOf(values)));
        facets = Collections.unmodifiableMap(copy);
    }
}
