package org.enlace.diagram.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JOptionPane;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.enlace.diagram.DiagramProjection;
import org.enlace.diagram.style.DiagramText;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.Node;
import org.enlace.model.commands.LinkCheck;
import org.enlace.model.commands.ModelSession;

import com.mxgraph.swing.mxGraphOutline;
import com.mxgraph.util.mxEvent;
import com.mxgraph.util.mxEventSource.mxIEventListener;

/**
 * The interactive editor of one diagram: a Swing component showing the diagram, where every
 * gesture (move, resize, bend, connect, rename, remove, delete, paste, align, distribute) is one
 * command on the session's stack, so the session's undo and redo cover them all. The graph it
 * shows is a {@link DiagramProjection}: the editor never changes it, the model's changes do.
 * Create, use and close it on the event thread.
 */
public final class DiagramEditor implements AutoCloseable {

    private final ModelSession session;
    private final Diagram diagram;
    private final EditorGraph graph;
    private final DiagramProjection projection;
    private final EditorPresenter presenter;
    private final EditorGraphComponent component;
    private final Zoom zoom;
    private final EditorActions actions = new EditorActions();
    private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = event -> actions.refresh();
    private final mxIEventListener selectionChange = (sender, event) -> selectionChanged();
    private mxGraphOutline overview;
    private Predicate<String> confirmDeletion = this::askToDelete;
    private Consumer<String> tellRefusal = this::tell;

    /** An editor of {@code diagram}, a diagram of the session's model. */
    public DiagramEditor(ModelSession session, Diagram diagram) {
        this.session = session;
        this.diagram = diagram;
        EditorGraph editorGraph = new EditorGraph();
        this.graph = editorGraph;
        this.projection = DiagramProjection.open(session, diagram, () -> editorGraph);
        this.presenter = new EditorPresenter(session, diagram, EditorClipboard.shared(),
                System.getProperty("user.name", ""));
        CellGestures gestures = new CellGestures(projection, presenter);
        graph.setGestures(gestures);
        this.component = new EditorGraphComponent(graph);
        component.setOnConnect(this::offerLinks);
        this.zoom = new Zoom(component);
        zoom.installWheel();
        EditorActionSet.define(this, actions);
        EditorKeys.install(component, actions, this::nudge);
        graph.getSelectionModel().addListener(mxEvent.CHANGE, selectionChange);
        session.addListener(stackListener);
    }

    /** The component to place in a window: the diagram in a scroll pane. */
    public JComponent component() {
        return component;
    }

    /** A small overview of the whole diagram with the visible part framed; made on first call. */
    public JComponent overview() {
        if (overview == null) {
            overview = new mxGraphOutline(component);
        }
        return overview;
    }

    public DiagramProjection projection() {
        return projection;
    }

    public Diagram diagram() {
        return diagram;
    }

    public ModelSession session() {
        return session;
    }

    /** The action for menus, toolbars and popup menus; its shortcut works in the editor already. */
    public Action action(EditorAction which) {
        return actions.get(which);
    }

    /** The selected nodes, in selection order. */
    public List<Node> selectedNodes() {
        List<Node> nodes = new ArrayList<>();
        for (Object cell : graph.getSelectionCells()) {
            projection.nodeOf(cell).ifPresent(nodes::add);
        }
        return nodes;
    }

    public List<Edge> selectedEdges() {
        List<Edge> edges = new ArrayList<>();
        for (Object cell : graph.getSelectionCells()) {
            projection.edgeOf(cell).ifPresent(edges::add);
        }
        return edges;
    }

    /** Selects exactly the given nodes and edges of this diagram (others are ignored). */
    public void select(Collection<? extends EObject> nodesOrEdges) {
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

    /** Runs {@code listener} on the event thread after each change of the selection. */
    public void addSelectionListener(Runnable listener) {
        selectionListeners.add(listener);
    }

    public void removeSelectionListener(Runnable listener) {
        selectionListeners.remove(listener);
    }

    /** Stops following the model and the session; the component stays on screen as it is until removed. */
    @Override
    public void close() {
        if (component.isEditing()) {
            component.stopEditing(true);
        }
        session.removeListener(stackListener);
        graph.getSelectionModel().removeListener(selectionChange);
        projection.close();
    }

    EditorPresenter presenter() {
        return presenter;
    }

    EditorGraphComponent graphComponent() {
        return component;
    }

    EditorGraph graph() {
        return graph;
    }

    Zoom zoom() {
        return zoom;
    }

    /** For tests: how the editor asks before deleting from the model, and tells a refusal. */
    void setDeletionDialogs(Predicate<String> confirm, Consumer<String> refused) {
        this.confirmDeletion = confirm;
        this.tellRefusal = refused;
    }

    boolean hasSelection() {
        return !graph.isSelectionEmpty();
    }

    List<EObject> selection() {
        List<EObject> selected = new ArrayList<>(selectedNodes());
        selected.addAll(selectedEdges());
        return selected;
    }

    void deleteFromModel() {
        presenter.deleteFromModel(selection(), confirmDeletion, tellRefusal);
    }

    void rename() {
        List<Node> nodes = selectedNodes();
        if (nodes.size() == 1 && presenter.isRenamable(nodes.get(0))) {
            component.startEditingAtCell(projection.cellOf(nodes.get(0)));
        }
    }

    void selectAll() {
        List<EObject> all = new ArrayList<>(diagram.getNodes());
        all.addAll(diagram.getEdges());
        select(all);
    }

    private void nudge(int dx, int dy) {
        presenter.move(selectedNodes(), selectedEdges(), dx, dy);
    }

    /** A connection dropped on an allowed node: the kinds offered in a menu where the mouse is. */
    void offerLinks(Object sourceCell, Object targetCell) {
        LinkCheck check = graph.gestures().check(sourceCell, targetCell);
        if (!check.allowed()) {
            return;
        }
        java.awt.Point mouse = component.getGraphControl().getMousePosition();
        int x = mouse != null ? mouse.x : (int) graph.getView().getState(targetCell).getCenterX();
        int y = mouse != null ? mouse.y : (int) graph.getView().getState(targetCell).getCenterY();
        LinkKindMenu.show(component.getGraphControl(), x, y, check.kinds(),
                kind -> graph.gestures().connect(sourceCell, targetCell, kind));
    }

    private void selectionChanged() {
        actions.refresh();
        selectionListeners.forEach(Runnable::run);
    }

    private boolean askToDelete(String sentence) {
        String yes = DiagramText.get("editor.yes");
        String no = DiagramText.get("editor.no");
        int answer = JOptionPane.showOptionDialog(component, sentence, DiagramText.get("editor.deleteFromModel.title"),
                JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, new Object[] {yes, no}, no);
        return answer == 0;
    }

    private void tell(String reason) {
        JOptionPane.showMessageDialog(component, reason, DiagramText.get("editor.deleteFromModel.title"),
                JOptionPane.INFORMATION_MESSAGE);
    }
}
