package org.enlace.diagram.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Widths are measured with the font itself, so each expectation is set by measuring, not by pixels typed in. */
class LabelWrapperTest {

    private final LabelWrapper wrapper = new LabelWrapper(new Font(NodeLabels.FONT_FAMILY, Font.PLAIN, 11));

    @Test
    void linesBreakAtTheLastSpaceThatFits() {
        double width = wrapper.widthOf("uno dos") + 0.5;
        assertEquals(List.of("uno dos", "tres"), wrapper.wrap("uno dos tres", width, 5));
    }

    @Test
    void aWordLongerThanALineIsCut() {
        double width = wrapper.widthOf("abcd") + 0.5;
        assertEquals(List.of("abcd", "efgh", "ij"), wrapper.wrap("abcdefghij", width, 5));
    }

    @Test
    void textBeyondTheLastLineEndsInAnEllipsis() {
        double width = wrapper.widthOf("uno dos") + 0.5;
        List<String> lines = wrapper.wrap("uno dos tres cuatro cinco seis", width, 2);
        assertEquals(2, lines.size());
        assertEquals("uno dos", lines.get(0));
        assertEquals(true, lines.get(1).endsWith("…"), lines.get(1));
        assertEquals(true, wrapper.widthOf(lines.get(1)) <= width, lines.get(1));
    }

    @Test
    void blanksCollapseAndEmptyTextHasNoLines() {
        double width = wrapper.widthOf("uno dos") + 0.5;
        assertEquals(List.of("uno dos"), wrapper.wrap("  uno \n  dos ", width, 5));
        assertEquals(List.of(), wrapper.wrap("   ", width, 5));
    }
}
