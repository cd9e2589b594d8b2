package org.enlace.corpus.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.enlace.corpus.search.FacetValue;

/**
 * Counts facet values over the passages a facets collector saw. The ordinal map of the sorted-set
 * doc values is built once per searcher (it depends only on the reader), on first use.
 */
public final class FacetCounter {

    private static final Comparator<FacetValue> BY_COUNT_THEN_VALUE =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);

    private final IndexReader reader;
    private DefaultSortedSetDocValuesReaderState state;
    private boolean stateBuilt;

    public FacetCounter(IndexReader reader) {
        this.reader = reader;
    }

    /** Every dimension of {@link PassageSchema#FACET_DIMS}, in order, values by count then value. */
    public Map<String, List<FacetValue>> count(FacetsCollector collector) throws IOException {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        PassageSchema.FACET_DIMS.forEach(dim -> facets.put(dim, List.of()));
        DefaultSortedSetDocValuesReaderState readerState = state();
        if (readerState == null) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(readerState, collector);
        Set<String> indexed = new HashSet<>();
        readerState.getDims().forEach(indexed::add);
        for (String dim : PassageSchema.FACET_DIMS) {
            if (indexed.contains(dim)) {
                facets.put(dim, values(dim, counts.getAllChildren(dim), counts));
            }
        }
        return facets;
    }

    private static List<FacetValue> values(String dim, FacetResult result, SortedSetDocValuesFacetCounts counts)
            throws IOException {
        List<FacetValue> values = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue child : result.labelValues) {
                if (child.value.longValue() > 0) {
                    String label = dim.equals(PassageSchema.FACET_DOCUMENT) ? title(counts, child.label) : child.label;
                    values.add(new FacetValue(child.label, label, child.value.longValue()));
                }
            }
        }
        values.sort(BY_COUNT_THEN_VALUE);
        return values;
    }

    /** The document facet is documentId / title: the one child of the id is its title. */
    private static String title(SortedSetDocValuesFacetCounts counts, String documentId) throws IOException {
        FacetResult titles = counts.getAllChildren(PassageSchema.FACET_DOCUMENT, documentId);
        return titles == null || titles.labelValues.length == 0 ? documentId : titles.labelValues[0].label;
    }

    /** {@code null} when no passage has facets (an empty index). */
    private synchronized DefaultSortedSetDocValuesReaderState state() throws IOException {
        if (!stateBuilt) {
            FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            state = info == null ? null : new DefaultSortedSetDocValuesReaderState(reader, PassageSchema.facetsConfig());
            stateBuilt = true;
        }
        return state;
    }
}
