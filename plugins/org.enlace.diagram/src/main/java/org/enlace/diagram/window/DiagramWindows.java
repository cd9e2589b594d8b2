package org.enlace.diagram.window;

import java.awt.EventQueue;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CountDownLatch;

import javax.swing.UIManager;

import org.enlace.model.Diagram;
import org.enlace.model.commands.ModelSession;

import com.formdev.flatlaf.FlatLightLaf;

/**
 * The one way in for a caller that has no Swing of its own (the command line's
 * {@code enlace diagram show}): opens a {@link DiagramWindow} on the event thread, in the FlatLaf
 * light look, and waits until the analyst closes it.
 */
public final class DiagramWindows {

    private DiagramWindows() {
    }

    /**
     * Shows {@code diagram} of the session's model in a window and returns when the window is
     * closed (after saving or discarding as the analyst chose). From then on the session belongs
     * to the caller again.
     *
     * @throws IllegalStateException when AWT has no display
     */
    public static void showAndWait(ModelSession session, Diagram diagram) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            EventQueue.invokeAndWait(() -> open(session, diagram).addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent event) {
                    closed.countDown();
                }
            }));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause().getLocalizedMessage(), e.getCause());
        }
        closed.await();
    }

    /** Opens the window on the event thread and returns it, visible. */
    public static DiagramWindow open(ModelSession session, Diagram diagram) {
        if (!(UIManager.getLookAndFeel() instanceof FlatLightLaf)) {
            FlatLightLaf.setup();
        }
        DiagramWindow window = new DiagramWindow(session, diagram);
        window.setLocationByPlatform(true);
        window.setVisible(true);
        return window;
    }
}
