package org.enlace.diagram.editor;

import java.awt.Dimension;
import java.awt.Point;

import javax.swing.JViewport;

/** Moving an editor's view without scrolling past the diagram's edges. */
final class Viewports {

    private Viewports() {
    }

    /** Shows the view from {@code (x, y)}, or from the nearest position that stays within the view. */
    static void moveTo(JViewport viewport, int x, int y) {
        Dimension view = viewport.getViewSize();
        Dimension extent = viewport.getExtentSize();
        viewport.setViewPosition(new Point(within(x, view.width - extent.width), within(y, view.height - extent.height)));
    }

    private static int within(int value, int max) {
        return Math.max(0, Math.min(value, Math.max(0, max)));
    }
}
