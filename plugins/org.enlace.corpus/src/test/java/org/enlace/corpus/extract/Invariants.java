package org.enlace.corpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** The offset invariants every extracted document keeps, whatever its format. */
final class Invariants {

    private Invariants() {
    }

    static ExtractedDocument check(ExtractedDocument document) {
        String text = document.text();
        List<Block> blocks = document.blocks();
        int previousEnd = 0;
        for (Block block : blocks) {
            assertTrue(block.start() >= previousEnd, "blocks ascend without overlap: " + block);
            assertTrue(block.end() <= text.length(), "block inside the text: " + block);
            String content = text.substring(block.start(), block.end());
            assertFalse(content.isEmpty(), "block not empty: " + block);
            assertEquals(content.strip(), content, "no surrounding whitespace: " + block);
            assertEquals(block.kind() == BlockKind.HEADING, block.level() > 0, "level only for headings: " + block);
            previousEnd = block.end();
        }
        int[] starts = document.pageStarts();
        for (int i = 0; i < starts.length; i++) {
            assertTrue(i == 0 || starts[i] >= starts[i - 1], "page starts ascend");
            int start = starts[i];
            assertTrue(start == text.length() || start == 0 || blocks.stream().anyMatch(b -> b.start() == start),
                    "page " + (i + 1) + " starts at a block");
        }
        assertEquals(TextCleaner.clean(text), text, "the text is clean");
        return document;
    }

    /** The text of every block of a kind, in order. */
    static List<String> texts(ExtractedDocument document, BlockKind kind) {
        return document.blocks().stream().filter(b -> b.kind() == kind)
                .map(b -> document.text().substring(b.start(), b.end())).toList();
    }
}
