package org.enlace.benchmarks;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

import org.enlace.diagram.editor.DiagramEditor;
import org.enlace.diagram.editor.EditorAction;
import org.enlace.model.Diagram;
import org.enlace.model.commands.ModelSession;

import com.mxgraph.swing.mxGraphComponent;

/**
 * An analyst's view gestures in the real editor component: a {@link DiagramEditor} of a saved
 * diagram, its component sized to {@value #WIDTH} × {@value #HEIGHT} in a window that is packed
 * (so Swing lays it out, as on screen) but not shown, and painted offscreen into an image the size
 * of the component, as Swing paints it into its back buffer. Each step times the
 * gesture, the layout Swing would do before painting, and one paint of the whole visible
 * viewport (a window's blit on scrolling would paint only the uncovered part: the pan figure is an
 * upper bound); then it puts the view back untimed, so every run starts where the first did: at
 * zoom 1, the viewport centred on the diagram. All on the event thread, as in a window.
 */
final class EditorViewSteps implements AutoCloseable {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    private final DiagramEditor editor;
    private final JScrollPane pane;
    private final JFrame frame = new JFrame();
    private final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    private Point home;

    private EditorViewSteps(DiagramEditor editor) {
        this.editor = editor;
        this.pane = (JScrollPane) editor.component();
    }

    /** The diagram of the file, open in an editor at zoom 1, its viewport centred on the diagram and painted once. */
    static EditorViewSteps open(Path file) throws Exception {
        ModelSession session = ModelSession.open(file);
        Diagram diagram = session.model().getDiagrams().get(0);
        EditorViewSteps steps = onEventThread(() -> new EditorViewSteps(new DiagramEditor(session, diagram)));
        onEventThread(() -> {
            steps.pane.setPreferredSize(new Dimension(WIDTH, HEIGHT));
            steps.frame.setUndecorated(true);
            steps.frame.getContentPane().add(steps.pane);
            steps.frame.pack();
            if (steps.pane.getViewport().getExtentSize().width <= 0) {
                throw new IllegalStateException("the editor's viewport was not laid out: nothing would be painted");
            }
            steps.home = steps.centre();
            steps.pane.getViewport().setViewPosition(steps.home);
            steps.paint();
            return null;
        });
        return steps;
    }

    /** Seconds to scroll by half the viewport's width and paint it; then scrolls back. */
    double pan() throws Exception {
        return onEventThread(() -> {
            JViewport viewport = pane.getViewport();
            long start = System.nanoTime();
            viewport.setViewPosition(new Point(home.x + viewport.getExtentSize().width / 2, home.y));
            pane.validate();
            paint();
            double seconds = (System.nanoTime() - start) / 1e9;
            viewport.setViewPosition(home);
            return seconds;
        });
    }

    /** Seconds for the editor's zoom-in action and the paint after it. */
    double zoomIn() throws Exception {
        return timed(EditorAction.ZOOM_IN);
    }

    /** Seconds for the editor's zoom-out action and the paint after it. */
    double zoomOut() throws Exception {
        return timed(EditorAction.ZOOM_OUT);
    }

    /** Seconds for the editor's zoom-to-fit action and the paint after it. */
    double fit() throws Exception {
        return timed(EditorAction.ZOOM_FIT);
    }

    /**
     * Seconds for the smooth repaint that follows a gesture once the view rests: the gesture and
     * its fast frame untimed, then one paint of the viewport anti-aliased, as the editor's timer
     * does 150 ms after the last step (the benchmark holds the event thread, so the timer itself
     * never fires inside a step).
     */
    double smoothAfter(EditorAction gesture) throws Exception {
        return onEventThread(() -> {
            run(gesture);
            pane.validate();
            paint();
            mxGraphComponent component = (mxGraphComponent) pane;
            long start = System.nanoTime();
            component.setAntiAlias(true);
            component.setTextAntiAlias(true);
            paint();
            double seconds = (System.nanoTime() - start) / 1e9;
            goHome();
            return seconds;
        });
    }

    /** The scale the view has now, for the report. */
    double scaleAfter(EditorAction gesture) throws Exception {
        return onEventThread(() -> {
            run(gesture);
            double scale = editor.scale();
            goHome();
            return scale;
        });
    }

    @Override
    public void close() throws Exception {
        onEventThread(() -> {
            editor.close();
            frame.dispose();
            return null;
        });
    }

    /** Times the gesture and the paint after it, then goes back to zoom 1 at home, untimed. */
    private double timed(EditorAction gesture) throws Exception {
        return onEventThread(() -> {
            long start = System.nanoTime();
            run(gesture);
            pane.validate();
            paint();
            double seconds = (System.nanoTime() - start) / 1e9;
            goHome();
            return seconds;
        });
    }

    private void goHome() {
        run(EditorAction.ZOOM_ACTUAL);
        pane.validate();
        pane.getViewport().setViewPosition(home);
    }

    private void run(EditorAction which) {
        editor.action(which).actionPerformed(new ActionEvent(pane, ActionEvent.ACTION_PERFORMED, which.name()));
    }

    /** The view position that puts the middle of the diagram in the middle of the viewport. */
    private Point centre() {
        JComponent view = (JComponent) pane.getViewport().getView();
        Rectangle extent = new Rectangle(pane.getViewport().getExtentSize());
        int x = Math.max(0, (view.getWidth() - extent.width) / 2);
        int y = Math.max(0, (view.getHeight() - extent.height) / 2);
        return new Point(x, y);
    }

    private void paint() {
        Graphics2D graphics = image.createGraphics();
        try {
            pane.paint(graphics);
        } finally {
            graphics.dispose();
        }
    }

    private interface EventThreadWork<T> {
        T run() throws Exception;
    }

    private static <T> T onEventThread(EventThreadWork<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.run());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
