package org.enlace.testsupport;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables {@link GuiTest}s when AWT can open windows and disables them, with a reason that says
 * how to run them, when it cannot. AWT itself is asked rather than the {@code DISPLAY} variable
 * alone: Windows and macOS have a display without that variable, and on Linux a {@code DISPLAY}
 * naming an X server that is gone would otherwise fail every GUI test instead of skipping it.
 * <p>
 * CI must never pass by skipping: with {@code -Denlace.gui.required=true} (set by {@code .ci/run})
 * a missing display fails each GUI test with the reason instead.
 */
public final class DisplayCondition implements ExecutionCondition {

    /** System property that turns "skip without a display" into "fail without a display". */
    public static final String REQUIRED_PROPERTY = "enlace.gui.required";

    static final String ENABLED = "a display is available";
    static final String NO_DISPLAY = "no display (AWT is headless: DISPLAY is not set)";
    static final String HOW_TO_RUN = "run .ci/run, which starts Xvfb, or build where DISPLAY names a working X server";

    private static final Logger LOG = Logger.getLogger(DisplayCondition.class.getName());

    /** The probe opens AWT's graphics environment, which is done once per test JVM. */
    private static volatile Optional<String> displayProblem;

    /** Surefire's console shows a skip as a count only: the reason is logged once per test JVM (module). */
    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = decide(displayProblem(), Boolean.getBoolean(REQUIRED_PROPERTY));
        if (result.isDisabled() && SKIP_REPORTED.compareAndSet(false, true)) {
            LOG.warning(result.getReason().orElseThrow());
        }
        return result;
    }

    /**
     * Enabled when there is no problem; otherwise disabled with the problem and how to run GUI tests,
     * or, when they are required, an {@link IllegalStateException} that fails the test with the problem.
     */
    static ConditionEvaluationResult decide(Optional<String> problem, boolean required) {
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled(ENABLED);
        }
        if (required) {
            throw new IllegalStateException("GUI tests are required here (-D" + REQUIRED_PROPERTY + "=true) but there is "
                    + problem.get());
        }
        return ConditionEvaluationResult.disabled("GUI test skipped: " + problem.get() + "; " + HOW_TO_RUN);
    }

    private static Optional<String> displayProblem() {
        Optional<String> problem = displayProblem;
        if (problem == null) {
            problem = probe();
            displayProblem = problem;
        }
        return problem;
    }

    private static Optional<String> probe() {
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.of(NO_DISPLAY);
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return Optional.empty();
        } catch (AWTError | HeadlessException e) {
            return Optional.of("no working display (" + e.getMessage() + ")");
        }
    }
}
