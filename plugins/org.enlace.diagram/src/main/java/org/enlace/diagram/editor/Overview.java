package org.enlace.diagram.editor;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;

import javax.swing.JViewport;
import javax.swing.SwingUtilities;

import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.swing.mxGraphOutline;

/**
 * The overview beside an editor: the whole diagram small, with a frame around the part the editor
 * shows. Dragging the frame pans the editor and dragging its corner handle zooms (JGraphX's
 * outline); pressing outside the frame first centres the editor on that point, so the frame jumps
 * under the mouse and can be dragged on from there, as in Eclipse's thumbnail view. JGraphX's own
 * outline ignored such a press.
 */
final class Overview extends mxGraphOutline {

    private static final long serialVersionUID = 1L;

    Overview(mxGraphComponent component) {
        super(component);
        // Before JGraphX's tracker, which then finds the frame under the mouse and drags it.
        removeMouseListener(tracker);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent event) {
                if (SwingUtilities.isLeftMouseButton(event) && !finderBounds.contains(event.getPoint())
                        && !tracker.hitZoomHandle(event.getX(), event.getY())) {
                    centreOn(event.getPoint());
                }
            }
        });
        addMouseListener(tracker);
    }

    /** The frame of the part the editor shows, in this component's coordinates. */
    Rectangle frame() {
        return new Rectangle(finderBounds);
    }

    private void centreOn(Point inOverview) {
        JViewport viewport = graphComponent.getViewport();
        Dimension extent = viewport.getExtentSize();
        int x = (int) Math.round((inOverview.x - translate.x) / scale) - extent.width / 2;
        int y = (int) Math.round((inOverview.y - translate.y) / scale) - extent.height / 2;
        Viewports.moveTo(viewport, x, y);
        updateFinder(true);
    }
}
