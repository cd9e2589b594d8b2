package org.enlace.corpus.extract;

/**
 * A heading or paragraph of an extracted document: characters {@code [start, end)} of
 * {@link ExtractedDocument#text()}. {@code level} is the heading level (1 = top) and 0 for paragraphs.
 */
public record Block(BlockKind kind, int level, int start, int end) {

    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block bounds " + start + ".." + end);
        }
    }

    public static Block heading(int level, int start, int end) {
        return new Block(BlockKind.HEADING, level, start, end);
    }

    public static Block paragraph(int start, int end) {
        return new Block(BlockKind.PARAGRAPH, 0, start, end);
    }
}
