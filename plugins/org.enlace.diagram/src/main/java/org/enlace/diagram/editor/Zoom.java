package org.enlace.diagram.editor;

import java.awt.Dimension;
import java.awt.event.MouseWheelEvent;

import javax.swing.SwingUtilities;

import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.util.mxRectangle;

/**
 * Zooming an editor's view: in, out, actual size, fit the diagram in the window, and Ctrl+wheel.
 * Zoom is a view setting: it changes no model and is not undone.
 */
final class Zoom {

    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 8;
    /** Fit leaves this share of the window as margin around the diagram. */
    private static final double FIT_MARGIN = 0.95;

    private final mxGraphComponent component;

    Zoom(mxGraphComponent component) {
        this.component = component;
        component.setCenterZoom(false);
    }

    double scale() {
        return component.getGraph().getView().getScale();
    }

    void in() {
        to(scale() * component.getZoomFactor());
    }

    void out() {
        to(scale() / component.getZoomFactor());
    }

    void actual() {
        component.zoomActual();
    }

    /** The whole diagram in the window; an empty diagram goes back to actual size. */
    void fit() {
        mxRectangle bounds = component.getGraph().getGraphBounds();
        Dimension window = component.getViewport().getExtentSize();
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0 || window.width <= 0 || window.height <= 0) {
            actual();
            return;
        }
        double now = scale();
        double factor = Math.min(window.width / bounds.getWidth(), window.height / bounds.getHeight());
        to(now * factor * FIT_MARGIN);
        component.getGraphControl().scrollRectToVisible(component.getGraph().getGraphBounds().getRectangle());
    }

    private void to(double scale) {
        component.zoomTo(Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale)), false);
    }

    /** Ctrl+wheel zooms; a plain wheel scrolls, handed on to the scroll pane. */
    void installWheel() {
        component.getGraphControl().addMouseWheelListener(event -> wheel(event));
    }

    private void wheel(MouseWheelEvent event) {
        if ((event.getModifiersEx() & EditorAction.shortcutMask()) != 0) {
            if (event.getWheelRotation() < 0) {
                in();
            } else if (event.getWheelRotation() > 0) {
                out();
            }
            event.consume();
        } else {
            component.dispatchEvent(SwingUtilities.convertMouseEvent(component.getGraphControl(), event, component));
        }
    }
}
