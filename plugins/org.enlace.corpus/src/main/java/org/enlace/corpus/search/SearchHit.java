package org.enlace.corpus.search;

import java.util.List;

/**
 * One matching passage.
 *
 * @param passage the passage with its document's metadata
 * @param score relevance; only the order of hits in one result is meaningful
 * @param snippet plain text around the best matches (at most about 300 characters of the passage,
 *        cut at whole words, with {@code …} where it was cut); no markup
 * @param marks the matched words in {@code snippet}, in order, not overlapping
 */
public record SearchHit(IndexedPassage passage, float score, String snippet, List<Mark> marks) {

    public SearchHit {
        marks = List.copyOf(marks);
    }
}
