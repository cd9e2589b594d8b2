package org.enlace.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtendWith;

/** The decision alone, for both kinds of machine; no window is opened. */
class DisplayConditionTest {

    private static final Optional<String> HEADLESS = Optional.of(DisplayCondition.NO_DISPLAY);

    @Test
    void aWorkingDisplayEnablesTheTestWhetherOrNotGuiTestsAreRequired() {
        for (boolean required : new boolean[] {false, true}) {
            ConditionEvaluationResult result = DisplayCondition.decide(Optional.empty(), required);
            assertFalse(result.isDisabled());
            assertEquals(Optional.of("a display is available"), result.getReason());
        }
    }

    @Test
    void noDisplaySkipsTheTestSayingWhyAndHowToRunIt() {
        ConditionEvaluationResult result = DisplayCondition.decide(HEADLESS, false);
        assertTrue(result.isDisabled());
        assertEquals(Optional.of("GUI test skipped: no display (AWT is headless: DISPLAY is not set); "
                + "run .ci/run, which starts Xvfb, or build where DISPLAY names a working X server"), result.getReason());
    }

    @Test
    void noDisplayFailsTheTestWhenGuiTestsAreRequired() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> DisplayCondition.decide(HEADLESS, true));
        assertEquals("GUI tests are required here (-Denlace.gui.required=true) but there is no display "
                + "(AWT is headless: DISPLAY is not set)", failure.getMessage());
    }

    @Test
    void aDisplayThatDoesNotAnswerIsReportedWithAwtsOwnMessage() {
        ConditionEvaluationResult result = DisplayCondition.decide(
                Optional.of("no working display (Can't connect to X11 window server using ':42')"), false);
        assertEquals(Optional.of("GUI test skipped: no working display (Can't connect to X11 window server using "
                + "':42'); run .ci/run, which starts Xvfb, or build where DISPLAY names a working X server"),
                result.getReason());
    }

    @Test
    void guiTestCarriesTheGuiTagAndTheDisplayCondition() {
        assertEquals("gui", GuiTest.class.getAnnotation(Tag.class).value());
        assertEquals(DisplayCondition.class, GuiTest.class.getAnnotation(ExtendWith.class).value()[0]);
    }
}
