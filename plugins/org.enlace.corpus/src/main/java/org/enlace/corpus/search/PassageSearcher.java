package org.enlace.corpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.enlace.corpus.internal.index.FacetCounter;
import org.enlace.corpus.internal.index.MatchHighlighter;
import org.enlace.corpus.internal.index.PassageDocuments;
import org.enlace.corpus.internal.index.PassageQueryParser;
import org.enlace.corpus.internal.index.Snippets;

/**
 * Searches the passages of one point-in-time view of a corpus index.
 *
 * <p>Make one per acquired {@link IndexSearcher} (for example per {@code SearcherManager.acquire()})
 * and drop it when the searcher is released: it caches what depends on that reader (facet
 * ordinals, highlightable fields). It owns no resources and needs no closing; the searcher stays
 * the caller's. Safe for concurrent searches.
 */
public final class PassageSearcher {

    /** Hits are counted exactly up to this many; beyond, the count is a lower bound (unless facets are asked for). */
    public static final int TOTAL_HITS_THRESHOLD = 10_000;

    private final IndexSearcher searcher;
    private final PassageQueryParser parser;
    private final MatchHighlighter highlighter;
    private final FacetCounter facetCounter;

    /** With the built-in migration thesaurus. */
    public PassageSearcher(IndexSearcher searcher) {
        this(searcher, Thesaurus.builtIn());
    }

    /** With {@code thesaurus} for expansion (e.g. {@code Thesaurus.builtIn().merge(Thesaurus.load(file))}). */
    public PassageSearcher(IndexSearcher searcher, Thesaurus thesaurus) {
        this.searcher = searcher;
        this.parser = new PassageQueryParser(thesaurus);
        this.highlighter = new MatchHighlighter(searcher);
        this.facetCounter = new FacetCounter(searcher.getIndexReader());
    }

    /**
     * Runs {@code request}: the page of hits with snippets, the total, and facet counts over all
     * matching passages when asked for.
     */
    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        Query query = parser.parse(request.query(), request.expandSynonyms());
        // Lucene needs room for at least one hit even when only the count and facets are wanted.
        int window = Math.max(1, request.offset() + request.top());
        TopDocs top;
        Map<String, List<FacetValue>> facets = Map.of();
        try {
            if (request.withFacets()) {
                FacetsCollectorManager.FacetsResult result =
                        FacetsCollectorManager.search(searcher, query, window, new FacetsCollectorManager());
                top = result.topDocs();
                facets = facetCounter.count(result.facetsCollector());
            } else {
                top = searcher.search(query, new TopScoreDocCollectorManager(window, TOTAL_HITS_THRESHOLD));
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(QueryProblem.TOO_COMPLEX, request.query(), 1);
        }
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                Math.min(request.offset() + request.top(), top.scoreDocs.length));
        return new SearchResult(top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
                hits(query, page), facets);
    }

    /** Stored fields of the page's hits only; their texts feed the highlighter, read once. */
    private List<SearchHit> hits(Query query, ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        IndexedPassage[] passages = new IndexedPassage[page.length];
        int[] docIds = new int[page.length];
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            passages[i] = PassageDocuments.fromStored(stored, docIds[i]);
            texts.put(docIds[i], passages[i].text());
        }
        List<List<int[]>> matches = highlighter.matches(query, docIds, texts::get);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Snippets.Snippet snippet = Snippets.of(passages[i].text(), matches.get(i));
            hits.add(new SearchHit(passages[i], page[i].score, snippet.text(), snippet.marks()));
        }
        return hits;
    }
}
