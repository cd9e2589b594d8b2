package org.enlace.diagram.editor;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Point;
import java.awt.event.MouseEvent;
import java.util.function.BiConsumer;

import javax.swing.SwingUtilities;
import javax.swing.UIManager;

import com.mxgraph.swing.handler.mxConnectionHandler;
import com.mxgraph.swing.mxGraphComponent;

/**
 * Drag-to-connect: JGraphX starts a connection when the mouse is pressed in the middle of a node
 * (its hotspot) and tracks the node under the mouse, asking the graph whether the pair is valid.
 * This handler changes what happens around it: while the pair is refused, the reason is drawn by
 * the mouse like a tooltip and the target is marked invalid; on release over an allowed node, no
 * edge is inserted into the graph: {@code onDrop} gets the two cells and offers the link kinds.
 */
final class LinkingHandler extends mxConnectionHandler {

    private static final int TIP_OFFSET = 16;
    private static final int TIP_PADDING = 4;

    private final BiConsumer<Object, Object> onDrop;
    private Point mouse;

    LinkingHandler(mxGraphComponent component, BiConsumer<Object, Object> onDrop) {
        super(component);
        this.onDrop = onDrop;
    }

    /** The reason the pair under the mouse is refused, or null: what the tip shows. */
    String refusal() {
        return isActive() && error != null && !error.isEmpty() ? error : null;
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        super.mouseDragged(e);
        if (isActive()) {
            Point previous = mouse;
            mouse = e.getPoint();
            if (previous != null) {
                graphComponent.getGraphControl().repaint();
            }
        }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (!isActive() || first == null || connectPreview.getSourceState() == null) {
            super.mouseReleased(e);
            return;
        }
        Object sourceCell = connectPreview.getSourceState().getCell();
        Object targetCell = error == null && marker.hasValidState() ? marker.getValidState().getCell() : null;
        connectPreview.stop(false, e);
        e.consume();
        reset();
        mouse = null;
        graphComponent.getGraphControl().repaint();
        if (targetCell != null) {
            // After the release has been handled, so the menu is not closed by the release itself.
            SwingUtilities.invokeLater(() -> onDrop.accept(sourceCell, targetCell));
        }
    }

    @Override
    public void paint(Graphics g) {
        super.paint(g);
        String reason = refusal();
        if (reason != null && mouse != null) {
            Font font = UIManager.getFont("ToolTip.font");
            FontMetrics metrics = g.getFontMetrics(font != null ? font : g.getFont());
            int width = metrics.stringWidth(reason) + 2 * TIP_PADDING;
            int height = metrics.getHeight() + 2 * TIP_PADDING;
            int x = mouse.x + TIP_OFFSET;
            int y = mouse.y + TIP_OFFSET;
            g.setColor(color("ToolTip.background", new Color(0xFFFFE1)));
            g.fillRect(x, y, width, height);
            g.setColor(color("ToolTip.foreground", Color.BLACK));
            g.drawRect(x, y, width - 1, height - 1);
            g.setFont(metrics.getFont());
            g.drawString(reason, x + TIP_PADDING, y + TIP_PADDING + metrics.getAscent());
        }
    }

    private static Color color(String key, Color fallback) {
        Color color = UIManager.getColor(key);
        return color == null ? fallback : color;
    }
}
