package org.enlace.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A label is drawn when its letters are at least 5 px high at the zoom. */
class LegibleLabelsTest {

    @Test
    void aTenPointLabelIsDrawnFromHalfSizeUp() {
        Map<String, Object> style = Map.of("fontSize", "10");
        assertTrue(LegibleLabels.atScale(style, 1));
        assertTrue(LegibleLabels.atScale(style, 0.5));
        assertFalse(LegibleLabels.atScale(style, 0.49));
        assertFalse(LegibleLabels.atScale(style, 0.141));
    }

    @Test
    void aStyleWithoutAFontSizeHasJGraphXsDefaultOfEleven() {
        assertTrue(LegibleLabels.atScale(Map.of(), 0.46));
        assertFalse(LegibleLabels.atScale(Map.of(), 0.45));
    }
}
