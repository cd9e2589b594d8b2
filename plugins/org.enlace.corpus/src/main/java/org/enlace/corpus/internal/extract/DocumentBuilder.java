package org.enlace.corpus.internal.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enlace.corpus.extract.Block;
import org.enlace.corpus.extract.BlockKind;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.extract.ExtractionException;
import org.enlace.corpus.extract.ExtractionFailure;
import org.enlace.corpus.extract.TextCleaner;

/**
 * Assembles a document from headings and paragraphs in reading order. Every piece is cleaned
 * before it is appended, so block and page offsets always point into the final text; blocks are
 * separated by a blank line, and a page starts at its first block.
 */
public final class DocumentBuilder {

    private static final String BLOCK_SEPARATOR = "\n\n";

    private final long maxTextChars;
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Integer> pageStarts = new ArrayList<>(List.of(0));
    private final Map<String, String> properties = new LinkedHashMap<>();
    /** Pages begun since the last block; they start at the next block (or at the end). */
    private int pendingPages;

    public DocumentBuilder(long maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    /** Begins the next page; the first page is begun already. */
    public void newPage() {
        pendingPages++;
    }

    /** Appends a heading on one line; nothing when it cleans to empty. */
    public void heading(int level, String raw) throws ExtractionException {
        append(Block.heading(Math.max(1, level), 0, 0), TextCleaner.clean(raw).replace('\n', ' '));
    }

    /** Appends a paragraph, which keeps line breaks that are meant (pre-formatted text, tables). */
    public void paragraph(String raw) throws ExtractionException {
        append(Block.paragraph(0, 0), TextCleaner.clean(raw));
    }

    /** Records a property when its cleaned value is not empty; an existing value is kept. */
    public void property(String key, String raw) {
        if (raw == null) {
            return;
        }
        String value = TextCleaner.clean(raw).replace('\n', ' ');
        if (!value.isEmpty()) {
            properties.putIfAbsent(key, value);
        }
    }

    /** Whether any block was appended. */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public int pageCount() {
        return pageStarts.size() + pendingPages;
    }

    /** The first heading's text, a fallback title for formats without metadata. */
    public String firstHeading() {
        for (Block block : blocks) {
            if (block.kind() == BlockKind.HEADING) {
                return text.substring(block.start(), block.end());
            }
        }
        return "";
    }

    private void append(Block shape, String clean) throws ExtractionException {
        if (clean.isEmpty()) {
            return;
        }
        if (!blocks.isEmpty()) {
            text.append(BLOCK_SEPARATOR);
        }
        int start = text.length();
        if (start + (long) clean.length() > maxTextChars) {
            throw new ExtractionException(ExtractionFailure.TIMED_OUT,
                    "more than " + maxTextChars + " characters of text");
        }
        text.append(clean);
        for (; pendingPages > 0; pendingPages--) {
            pageStarts.add(start);
        }
        blocks.add(new Block(shape.kind(), shape.level(), start, text.length()));
    }

    public ExtractedDocument build() {
        int[] starts = new int[pageStarts.size() + pendingPages];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i < pageStarts.size() ? pageStarts.get(i) : text.length();
        }
        return new ExtractedDocument(text.toString(), starts, blocks, properties);
    }
}
