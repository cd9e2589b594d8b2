package org.enlace.diagram.window;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import javax.swing.JComponent;

import org.enlace.diagram.style.EdgeLook;
import org.enlace.diagram.style.Legend;
import org.enlace.diagram.style.NodeLook;

/**
 * Draws a {@link Legend}: a small shape for each node look (element kinds, entry-point statuses,
 * the migration-relevant mark) and a short line for each link kind, with its dash, width and
 * colour, each beside its name in the diagram's language. The same looks feed the graph, so the
 * legend cannot drift from it.
 */
public final class LegendPanel extends JComponent {

    private static final int ROW = 24;
    private static final int PAD = 8;
    private static final int SAMPLE_WIDTH = 40;
    private static final int SAMPLE_HEIGHT = 16;

    private final transient Legend legend;

    public LegendPanel(Legend legend) {
        this.legend = legend;
        setOpaque(true);
        setBackground(Color.WHITE);
    }

    @Override
    public Dimension getPreferredSize() {
        FontMetrics metrics = getFontMetrics(getFont());
        int width = 0;
        for (Legend.NodeEntry entry : legend.nodes()) {
            width = Math.max(width, metrics.stringWidth(entry.name()));
        }
        for (Legend.EdgeEntry entry : legend.edges()) {
            width = Math.max(width, metrics.stringWidth(entry.name()));
        }
        int rows = legend.nodes().size() + legend.edges().size();
        return new Dimension(3 * PAD + SAMPLE_WIDTH + width, 2 * PAD + rows * ROW);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setFont(getFont());
            int y = PAD;
            for (Legend.NodeEntry entry : legend.nodes()) {
                paintNode(g, entry.look(), y);
                paintName(g, entry.name(), y);
                y += ROW;
            }
            for (Legend.EdgeEntry entry : legend.edges()) {
                paintEdge(g, entry.look(), y);
                paintName(g, entry.name(), y);
                y += ROW;
            }
        } finally {
            g.dispose();
        }
    }

    private void paintName(Graphics2D g, String name, int y) {
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(getForeground());
        g.drawString(name, 2 * PAD + SAMPLE_WIDTH, y + (SAMPLE_HEIGHT + metrics.getAscent() - metrics.getDescent()) / 2);
    }

    private static void paintNode(Graphics2D g, NodeLook look, int y) {
        Shape shape = shapeOf(look, PAD, y, SAMPLE_WIDTH, SAMPLE_HEIGHT);
        g.setColor(look.fill());
        g.fill(shape);
        g.setColor(look.stroke());
        g.setStroke(look.dashed() ? new BasicStroke(look.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {4, 3}, 0f) : new BasicStroke(look.strokeWidth()));
        g.draw(shape);
    }

    private static Shape shapeOf(NodeLook look, int x, int y, int w, int h) {
        return switch (look.shape()) {
            case RECTANGLE -> new Rectangle2D.Double(x, y, w, h);
            case ROUNDED -> new RoundRectangle2D.Double(x, y, w, h, 8, 8);
            case ELLIPSE, DOUBLE_ELLIPSE -> new Ellipse2D.Double(x, y, w, h);
            case HEXAGON -> new Polygon(new int[] {x + 6, x + w - 6, x + w, x + w - 6, x + 6, x},
                    new int[] {y, y, y + h / 2, y + h, y + h, y + h / 2}, 6);
        };
    }

    private static void paintEdge(Graphics2D g, EdgeLook look, int y) {
        int middle = y + SAMPLE_HEIGHT / 2;
        float[] dash = look.dash().pattern();
        Stroke stroke = dash.length == 0 ? new BasicStroke(look.strokeWidth())
                : new BasicStroke(look.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        scaled(dash, look.strokeWidth()), 0f);
        g.setColor(look.stroke());
        g.setStroke(stroke);
        g.drawLine(PAD, middle, PAD + SAMPLE_WIDTH - 6, middle);
        g.setStroke(new BasicStroke(1f));
        int tip = PAD + SAMPLE_WIDTH;
        g.fillPolygon(new int[] {tip, tip - 7, tip - 7}, new int[] {middle, middle - 4, middle + 4}, 3);
    }

    private static float[] scaled(float[] pattern, float width) {
        float[] scaled = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            scaled[i] = pattern[i] * Math.max(1f, width);
        }
        return scaled;
    }
}
