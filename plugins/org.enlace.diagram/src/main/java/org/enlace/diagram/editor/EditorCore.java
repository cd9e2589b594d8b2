package org.enlace.diagram.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.enlace.diagram.DiagramProjection;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.Node;
import org.enlace.model.commands.ModelSession;

/**
 * An editor without its window: the graph whose gestures become commands, the projection that
 * fills it, and what the actions do to the selection. Swing's component cannot be made without a
 * display (JGraphX's drag support needs one), so the headless tests drive this.
 */
final class EditorCore {

    private final ModelSession session;
    private final Diagram diagram;
    private final EditorGraph graph;
    private final DiagramProjection projection;
    private final EditorPresenter presenter;

    EditorCore(ModelSession session, Diagram diagram, EditorClipboard clipboard) {
        this.session = session;
        this.diagram = diagram;
        EditorGraph editorGraph = new EditorGraph();
        this.graph = editorGraph;
        this.projection = DiagramProjection.open(session, diagram, () -> editorGraph);
        this.presenter = new EditorPresenter(session, diagram, clipboard, System.getProperty("user.name", ""));
        graph.setGestures(new CellGestures(projection, presenter));
    }

    ModelSession session() {
        return session;
    }

    Diagram diagram() {
        return diagram;
    }

    EditorGraph graph() {
        return graph;
    }

    DiagramProjection projection() {
        return projection;
    }

    EditorPresenter presenter() {
        return presenter;
    }

    CellGestures gestures() {
        return graph.gestures();
    }

    List<Node> selectedNodes() {
        return gestures().nodes(graph.getSelectionCells());
    }

    List<Edge> selectedEdges() {
        return gestures().edges(graph.getSelectionCells());
    }

    void select(Collection<? extends EObject> nodesOrEdges) {
        List<Object> cells = new ArrayList<>();
        for (EObject object : nodesOrEdges) {
            Object cell = object instanceof Node node ? projection.cellOf(node)
                    : object instanceof Edge edge ? projection.cellOf(edge) : null;
            if (cell != null) {
                cells.add(cell);
            }
        }
        graph.setSelectionCells(cells.toArray());
    }

    void selectAll() {
        List<EObject> all = new ArrayList<>(diagram.getNodes());
        all.addAll(diagram.getEdges());
        select(all);
    }

    boolean hasSelection() {
        return !graph.isSelectionEmpty();
    }

    List<EObject> selection() {
        List<EObject> selected = new ArrayList<>(selectedNodes());
        selected.addAll(selectedEdges());
        return selected;
    }

    boolean removeSelection() {
        return presenter.removeFromDiagram(selection());
    }

    boolean deleteSelection(Predicate<String> confirm, Consumer<String> refused) {
        return presenter.deleteFromModel(selection(), confirm, refused);
    }

    boolean nudge(int dx, int dy) {
        return presenter.move(selectedNodes(), selectedEdges(), dx, dy);
    }

    boolean align(Alignment alignment) {
        return presenter.align(selectedNodes(), alignment);
    }

    boolean distribute(Arrangement.Axis axis) {
        return presenter.distribute(selectedNodes(), axis);
    }

    boolean copy() {
        return presenter.copy(selectedNodes());
    }

    boolean cut() {
        return presenter.cut(selectedNodes());
    }

    /** Pastes and selects what was pasted, so a second paste or a drag takes the copy, not the original. */
    boolean paste() {
        List<Node> before = List.copyOf(diagram.getNodes());
        if (!presenter.paste()) {
            return false;
        }
        select(diagram.getNodes().stream().filter(node -> !before.contains(node)).toList());
        return true;
    }

    void close() {
        projection.close();
    }
}
