package org.enlace.testsupport;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.Robot;

/**
 * Waits for the mouse and key input a GUI test has generated to arrive and be handled.
 * <p>
 * A robot's press or release goes through the window system (the X server, under Xvfb) before
 * AWT reads it back and queues it. Waiting for the event queue to be empty, as AssertJ Swing's
 * {@code Robot.waitForIdle()} does (with a fixed 100 ms allowance for the trip), is not enough:
 * on a busy machine the event comes back later, the test checks the model too early and a
 * correct editor fails. {@link #settle()} asks AWT for a round trip through the window system
 * first, so every event generated before the call has been queued, and then waits until the
 * queue has dispatched it and everything that posted (ADR 0013).
 */
public final class NativeInput {

    private static Robot robot;

    private NativeInput() {
    }

    /**
     * Returns once every mouse and key event generated before the call has come through the
     * window system and been dispatched, with all the events its handlers posted.
     *
     * @throws IllegalStateException on the event dispatch thread, which would wait for itself
     */
    public static void settle() {
        if (EventQueue.isDispatchThread()) {
            throw new IllegalStateException("NativeInput.settle() waits for the event dispatch thread: "
                    + "call it from the test's thread, not inside GuiActionRunner or invokeLater");
        }
        robot().waitForIdle();
    }

    private static synchronized Robot robot() {
        if (robot == null) {
            try {
                robot = new Robot();
            } catch (AWTException e) {
                throw new IllegalStateException("AWT cannot generate input on this display: " + e.getMessage(), e);
            }
        }
        return robot;
    }
}
