package org.enlace.diagram.palette;

import java.awt.Cursor;
import java.awt.Point;
import java.awt.dnd.DragSource;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Function;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Dragging a palette kind from its button onto the diagram: once the mouse has moved past the
 * platform's drag threshold with the button held, the cursor says whether a release would drop
 * (over the visible part of the diagram) or not; released over the diagram, the kind is created
 * there, as arming it and clicking would; released anywhere else, nothing happens. The mouse stays
 * with the button while it is held, so the diagram never sees this release as a click.
 */
final class PaletteDrag extends MouseAdapter {

    private final PalettePanel palette;
    private final PaletteKind kind;
    private final JComponent source;
    private final JComponent surface;
    private final Function<Point, org.enlace.model.commands.Point> diagramPoint;
    private Point start;
    private boolean dragging;

    PaletteDrag(PalettePanel palette, PaletteKind kind, JComponent source, JComponent surface,
            Function<Point, org.enlace.model.commands.Point> diagramPoint) {
        this.palette = palette;
        this.kind = kind;
        this.source = source;
        this.surface = surface;
        this.diagramPoint = diagramPoint;
    }

    @Override
    public void mousePressed(MouseEvent event) {
        if (start != null) {
            return; // another button while the left one is held: the drag goes on
        }
        start = SwingUtilities.isLeftMouseButton(event) ? event.getPoint() : null;
        dragging = false;
    }

    @Override
    public void mouseDragged(MouseEvent event) {
        if (start == null) {
            return;
        }
        if (!dragging && start.distance(event.getPoint()) > DragSource.getDragThreshold()) {
            dragging = true;
        }
        if (dragging) {
            source.setCursor(overSurface(event) != null ? DragSource.DefaultCopyDrop : DragSource.DefaultCopyNoDrop);
        }
    }

    @Override
    public void mouseReleased(MouseEvent event) {
        if (start == null || !SwingUtilities.isLeftMouseButton(event)) {
            return; // only the left button's release ends the drag
        }
        if (dragging) {
            source.setCursor(Cursor.getDefaultCursor());
            Point at = overSurface(event);
            if (at != null) {
                palette.arm(kind);
                palette.placeArmed(diagramPoint.apply(at));
            }
        }
        start = null;
        dragging = false;
    }

    /** Where the mouse is on the diagram, or null when it is not over its visible part. */
    private Point overSurface(MouseEvent event) {
        if (!surface.isShowing()) {
            return null;
        }
        Point at = SwingUtilities.convertPoint(source, event.getPoint(), surface);
        return surface.getVisibleRect().contains(at) ? at : null;
    }
}
