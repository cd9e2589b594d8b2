package org.enlace.corpus.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The clean text of one document and its structure.
 *
 * @param text the whole text, cleaned (no control characters but {@code \n}, NFC, no broken
 *     Unicode), pages joined by a blank line; running headers, footers and page numbers removed
 * @param pageStarts offset in {@code text} where each page begins, ascending, the first one 0;
 *     a format without pages (HTML, Markdown) has one page; a page without text starts where the
 *     next one does (or at the end of the text)
 * @param blocks headings and paragraphs in reading order, not overlapping, inside {@code text}
 * @param properties what the file says about itself: {@code title}, {@code author},
 *     {@code created} (ISO date), {@code subject}, {@code keywords}, front-matter keys; never null
 *     values
 */
public record ExtractedDocument(String text, int[] pageStarts, List<Block> blocks, Map<String, String> properties) {

    public ExtractedDocument {
        if (pageStarts.length == 0 || pageStarts[0] != 0) {
            throw new IllegalArgumentException("the first page must start at offset 0");
        }
        pageStarts = pageStarts.clone();
        blocks = List.copyOf(blocks);
        properties = Map.copyOf(properties);
    }

    @Override
    public int[] pageStarts() {
        return pageStarts.clone();
    }

    public int pageCount() {
        return pageStarts.length;
    }

    /**
     * The 1-based page on which the character at {@code offset} stands. An empty page starts where
     * the next one does; the character belongs to the last page starting at or before it.
     */
    public int pageOf(int offset) {
        int low = 0;
        int high = pageStarts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (pageStarts[middle] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return Math.max(low, 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExtractedDocument that && text.equals(that.text)
                && Arrays.equals(pageStarts, that.pageStarts) && blocks.equals(that.blocks)
                && properties.equals(that.properties);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(pageStarts);
    }

    @Override
    public String toString() {
        return "ExtractedDocument[" + text.length() + " chars, " + pageStarts.length + " pages, " + blocks.size()
                + " blocks]";
    }
}
