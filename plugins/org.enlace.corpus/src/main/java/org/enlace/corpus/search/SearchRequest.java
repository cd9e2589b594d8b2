package org.enlace.corpus.search;

import java.util.Objects;

/**
 * A search as the user asked for it.
 *
 * @param query the query in Enlace's query language (Lucene classic syntax with {@code country:},
 *        {@code lang:}, {@code level:}, {@code doc:} and {@code year:} filters)
 * @param offset hits to skip, for paging
 * @param top hits to return after {@code offset} (0: count and facets only)
 * @param withFacets count facet values over all matching passages
 * @param expandSynonyms widen terms and phrases with the migration thesaurus
 */
public record SearchRequest(String query, int offset, int top, boolean withFacets, boolean expandSynonyms) {

    /** Upper bound of {@code offset + top}: deeper pages cost memory for nobody's benefit. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (offset < 0 || top < 0 || (long) offset + top > MAX_WINDOW) {
            throw new IllegalArgumentException("need 0 <= offset, 0 <= top, offset + top <= " + MAX_WINDOW
                    + "; got offset " + offset + ", top " + top);
        }
    }

    /** The first {@code top} hits. */
    public SearchRequest(String query, int top, boolean withFacets, boolean expandSynonyms) {
        this(query, 0, top, withFacets, expandSynonyms);
    }
}
