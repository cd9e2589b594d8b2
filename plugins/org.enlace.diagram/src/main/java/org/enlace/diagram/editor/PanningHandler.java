package org.enlace.diagram.editor;

import java.awt.Point;
import java.awt.event.MouseEvent;

import com.mxgraph.swing.handler.mxPanningHandler;
import com.mxgraph.swing.mxGraphComponent;

/**
 * Panning by dragging (with the middle button, or Ctrl+Shift and the left one): the diagram
 * sticks to the mouse, as a sheet of paper under a hand would, up to its edges; the view is
 * placed from where it was when the button went down and how far the mouse has moved on the
 * screen. JGraphX's own handler panned only with Ctrl+Shift, let the press through to the other
 * handlers and worked in the control's coordinates, which move as the view scrolls. The press
 * that starts a pan belongs to it: it selects, moves, links or frames nothing. A zoom during the
 * pan goes on from the new view; Escape puts the view back.
 */
final class PanningHandler extends mxPanningHandler {

    private Point startOnScreen;
    private Point startView;
    private double startScale;

    PanningHandler(mxGraphComponent component) {
        super(component);
    }

    @Override
    public void mousePressed(MouseEvent event) {
        if (isEnabled() && !event.isConsumed() && graphComponent.isPanningEvent(event) && !event.isPopupTrigger()) {
            startFrom(event.getLocationOnScreen());
            event.consume();
        }
    }

    @Override
    public void mouseDragged(MouseEvent event) {
        if (startOnScreen == null) {
            return;
        }
        Point now = event.getLocationOnScreen();
        if (scale() != startScale) {
            startFrom(now); // zoomed (Ctrl+wheel) while panning: go on from the new view
        }
        Viewports.moveTo(graphComponent.getViewport(), startView.x - (now.x - startOnScreen.x),
                startView.y - (now.y - startOnScreen.y));
        event.consume();
    }

    @Override
    public void mouseReleased(MouseEvent event) {
        if (startOnScreen != null) {
            event.consume();
        }
        startOnScreen = null;
        startView = null;
    }

    @Override
    public boolean isActive() {
        return startOnScreen != null;
    }

    /** Escape during a pan: the view goes back where the pan started, and the pan ends. */
    void cancel() {
        if (startView != null) {
            graphComponent.getViewport().setViewPosition(startView);
        }
        startOnScreen = null;
        startView = null;
    }

    private void startFrom(Point onScreen) {
        startOnScreen = onScreen;
        startView = graphComponent.getViewport().getViewPosition();
        startScale = scale();
    }

    private double scale() {
        return graphComponent.getGraph().getView().getScale();
    }
}
