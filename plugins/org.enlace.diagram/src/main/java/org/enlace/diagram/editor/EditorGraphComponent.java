package org.enlace.diagram.editor;

import java.awt.Stroke;
import java.util.EventObject;
import java.util.Map;
import java.util.function.BiConsumer;

import org.enlace.diagram.DiagramStrokes;

import com.mxgraph.swing.handler.mxCellHandler;
import com.mxgraph.swing.handler.mxConnectionHandler;
import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.swing.view.mxInteractiveCanvas;
import com.mxgraph.view.mxCellState;

/**
 * The Swing component of an editor: JGraphX's component with handlers that turn gestures into
 * commands (connect through {@link LinkingHandler}, bend through {@link BendHandler}), no
 * drag-and-drop transfer of cells (moves go through the graph), and the inline editor starting
 * from the element's title rather than the drawn label.
 */
final class EditorGraphComponent extends mxGraphComponent {

    private static final long serialVersionUID = 1L;

    private transient BiConsumer<Object, Object> onConnect = (source, target) -> { };

    EditorGraphComponent(EditorGraph graph) {
        super(graph);
        setDragEnabled(false);
        setImportEnabled(false);
        setExportEnabled(false);
        setConnectable(true);
        setToolTips(true);
        setFoldingEnabled(false);
        setAutoExtend(true);
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
        };
    }

    @Override
    public String getEditingValue(Object cell, EventObject trigger) {
        CellGestures gestures = editorGraph().gestures();
        return gestures == null ? "" : gestures.editingText(cell);
    }
}
