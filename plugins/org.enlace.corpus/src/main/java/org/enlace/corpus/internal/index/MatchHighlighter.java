package org.enlace.corpus.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Finds where a query matched in each hit's text, as character ranges, with Lucene's
 * UnifiedHighlighter reading offsets from the postings (no re-analysis).
 *
 * <p>The text is indexed into two fields (its language's stemmed field and {@code exact}) but
 * stored once as {@code text}; each field is highlighted on that stored text and the ranges are
 * joined. The whole text is one "passage" so every match comes back; choosing the snippet window
 * is {@link Snippets}' job. Matches are per word: "weight matches" mode would mark a phrase or a
 * proximity match as one span, words in between included ({@code trabajadores agrícolas y
 * migrantes}), so the term-and-phrase mode is used, strict about phrases: a phrase's words are
 * marked only where they form the phrase.
 */
public final class MatchHighlighter {

    /** Longer texts are highlighted in their first million characters only. */
    private static final int MAX_LENGTH = 1_000_000;
    private static final List<String> FIELDS = List.of(PassageSchema.TEXT_ES, PassageSchema.TEXT_EN,
            PassageSchema.TEXT_STD, PassageSchema.EXACT);

    private final IndexSearcher searcher;
    private final List<String> fields;

    public MatchHighlighter(IndexSearcher searcher) {
        this.searcher = searcher;
        this.fields = highlightable(searcher);
    }

    /**
     * The matches of {@code query} in each of {@code docIds}, whose stored texts are given (already
     * loaded with the hits), as {@code [start, end)} pairs in text order, possibly overlapping.
     */
    public List<List<int[]>> matches(Query query, int[] docIds, IntFunction<String> texts) throws IOException {
        List<List<int[]>> result = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            result.add(new ArrayList<>());
        }
        if (fields.isEmpty() || docIds.length == 0) {
            return result;
        }
        int[] maxPassages = new int[fields.size()];
        Arrays.fill(maxPassages, 1);
        Map<String, Object[]> byField = new Highlighter(searcher, texts)
                .highlight(fields.toArray(String[]::new), query, docIds, maxPassages);
        for (Object[] perDoc : byField.values()) {
            for (int i = 0; i < perDoc.length; i++) {
                if (perDoc[i] instanceof int[][] ranges) {
                    result.get(i).addAll(List.of(ranges));
                }
            }
        }
        result.forEach(ranges -> ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
                : Integer.compare(a[1], b[1])));
        return result;
    }

    /**
     * Only fields that exist with offsets: for a field the index lacks, the highlighter would
     * re-analyse the text with that field's analyzer and could mark words of the wrong language.
     */
    private static List<String> highlightable(IndexSearcher searcher) {
        FieldInfos infos = FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
        return FIELDS.stream().filter(name -> {
            FieldInfo info = infos.fieldInfo(name);
            return info != null && info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
        }).toList();
    }

    /** The UnifiedHighlighter with the stored text standing in for each analysed field. */
    private static final class Highlighter extends UnifiedHighlighter {

        private final IntFunction<String> texts;

        Highlighter(IndexSearcher searcher, IntFunction<String> texts) {
            super(UnifiedHighlighter.builder(searcher, PassageSchema.indexAnalyzer())
                    .withBreakIterator(WholeBreakIterator::new)
                    .withFormatter(new RangesFormatter())
                    .withMaxLength(MAX_LENGTH)
                    .withMaxNoHighlightPassages(0)
                    .withWeightMatches(false)
                    .withHighlightPhrasesStrictly(true)
                    .withHandleMultiTermQuery(true));
            this.texts = texts;
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                CharSequence[] perField = new CharSequence[fields.length];
                Arrays.fill(perField, texts.apply(doc));
                values.add(perField);
            }
            return values;
        }
    }

    /** Returns the match ranges of the single whole-text passage instead of marked-up text. */
    private static final class RangesFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<int[]> ranges = new ArrayList<>();
            for (Passage passage : passages) {
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    ranges.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
                }
            }
            return ranges.toArray(int[][]::new);
        }
    }
}
