package org.enlace.diagram.editor;

import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EventObject;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import javax.swing.SwingUtilities;
import javax.swing.Timer;

import org.enlace.diagram.DiagramStrokes;

import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.swing.handler.mxCellHandler;
import com.mxgraph.swing.handler.mxConnectionHandler;
import com.mxgraph.swing.handler.mxPanningHandler;
import com.mxgraph.swing.handler.mxRubberband;
import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.swing.view.mxInteractiveCanvas;
import com.mxgraph.util.mxEvent;
import com.mxgraph.view.mxCellState;

/**
 * The Swing component of an editor: JGraphX's component with handlers that turn gestures into
 * commands (connect through {@link LinkingHandler}, bend through {@link BendHandler}), a rubber
 * band that selects what it encloses, panning with the middle button, no
 * drag-and-drop transfer of cells (moves go through the graph), the inline editor starting
 * from the element's title rather than the drawn label, and labels too small to read left out
 * ({@link LegibleLabels}).
 */
final class EditorGraphComponent extends mxGraphComponent {

    private static final long serialVersionUID = 1L;

    /**
     * How long after the last pan or zoom the view is painted smoothly again. While the view
     * moves it is painted without anti-aliasing, which halves the cost of a frame on a diagram of
     * thousands of links (docs/benchmarks.md); once it rests, one smooth repaint follows.
     */
    static final int SMOOTH_AFTER_MILLIS = 150;

    private transient BiConsumer<Object, Object> onConnect = (source, target) -> { };
    private final Timer smoothAgain = new Timer(SMOOTH_AFTER_MILLIS, event -> paintSmoothly(true));

    EditorGraphComponent(EditorGraph graph) {
        super(graph);
        setDragEnabled(false);
        setImportEnabled(false);
        setExportEnabled(false);
        setConnectable(true);
        setToolTips(true);
        setFoldingEnabled(false);
        setAutoExtend(true);
        // Titles are one line: Enter keeps the edit (Shift+Enter breaks the line), Escape drops it.
        setEnterStopsCellEditing(true);
        smoothAgain.setRepeats(false);
        getViewport().addChangeListener(event -> viewMoving());
        graph.getView().addListener(mxEvent.SCALE, (sender, event) -> viewMoving());
        graph.getView().addListener(mxEvent.SCALE_AND_TRANSLATE, (sender, event) -> viewMoving());
        installRubberBand();
    }

    /** Dragging on the background with the left button selects what the frame encloses. */
    private void installRubberBand() {
        // The rubber band registers itself with the graph control, which keeps it.
        new mxRubberband(this) {
            @Override
            public boolean isRubberbandTrigger(MouseEvent event) {
                return SwingUtilities.isLeftMouseButton(event);
            }
        };
    }

    /** Escape also cancels a pan in progress. */
    @Override
    public void escape(KeyEvent event) {
        super.escape(event);
        ((PanningHandler) getPanningHandler()).cancel();
    }

    /** Dragging with the middle button (or Ctrl+Shift and the left one, JGraphX's own) pans the view ({@link PanningHandler}). */
    @Override
    public boolean isPanningEvent(MouseEvent event) {
        return event != null && (SwingUtilities.isMiddleMouseButton(event) || super.isPanningEvent(event));
    }

    /**
     * The cell under a point, in every layer: the projection keeps edges in a layer below the
     * nodes (ProjectionCells), and JGraphX looks only in the default one, the nodes', so a click,
     * a hover or a tooltip never found an edge. Nodes are looked at first, as they are drawn on top.
     */
    @Override
    public Object getCellAt(int x, int y, boolean hitSwimlaneContent) {
        return getCellAt(x, y, hitSwimlaneContent, graph.getModel().getRoot());
    }

    /** The cells inside a rectangle (a rubber band's), in every layer: nodes, then edges. */
    @Override
    public Object[] getCells(Rectangle rect, Object parent) {
        if (parent != null) {
            return super.getCells(rect, parent);
        }
        mxIGraphModel model = graph.getModel();
        Object root = model.getRoot();
        List<Object> cells = new ArrayList<>();
        for (int i = model.getChildCount(root) - 1; i >= 0; i--) {
            cells.addAll(Arrays.asList(super.getCells(rect, model.getChildAt(root, i))));
        }
        return cells.toArray();
    }

    @Override
    protected mxPanningHandler createPanningHandler() {
        return new PanningHandler(this);
    }

    /** A pan or zoom step: paint fast until the view rests. */
    void viewMoving() {
        if (isAntiAlias()) {
            paintSmoothly(false);
        }
        smoothAgain.restart();
    }

    private void paintSmoothly(boolean smooth) {
        setAntiAlias(smooth);
        setTextAntiAlias(smooth);
        if (smooth) {
            getGraphControl().repaint();
        }
    }

    /** What a drop of a connection on an allowed node does: offer the link kinds. */
    void setOnConnect(BiConsumer<Object, Object> onConnect) {
        this.onConnect = onConnect;
    }

    EditorGraph editorGraph() {
        return (EditorGraph) getGraph();
    }

    @Override
    protected mxConnectionHandler createConnectionHandler() {
        return new LinkingHandler(this, (source, target) -> onConnect.accept(source, target));
    }

    LinkingHandler linkingHandler() {
        return (LinkingHandler) getConnectionHandler();
    }

    @Override
    public mxCellHandler createHandler(mxCellState state) {
        if (graph.getModel().isEdge(state.getCell()) && editorGraph().gestures() != null) {
            return new BendHandler(this, state, editorGraph().gestures());
        }
        return super.createHandler(state);
    }

    /** The painting canvas with Enlace's strokes: JGraphX's own freezes zoomed-out dashed diagrams. */
    @Override
    public mxInteractiveCanvas createCanvas() {
        return new mxInteractiveCanvas(this) {
            @Override
            public Stroke createStroke(Map<String, Object> style) {
                return DiagramStrokes.stroke(style, scale);
            }

            @Override
            public Object drawLabel(String text, mxCellState state, boolean html) {
                return LegibleLabels.atScale(state.getStyle(), scale) ? super.drawLabel(text, state, html) : null;
            }
        };
    }

    @Override
    public String getEditingValue(Object cell, EventObject trigger) {
        CellGestures gestures = editorGraph().gestures();
        return gestures == null ? "" : gestures.editingText(cell);
    }
}
