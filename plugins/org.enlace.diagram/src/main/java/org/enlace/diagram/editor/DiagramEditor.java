package org.enlace.diagram.editor;

import java.util.Collection;
import java.util.List;

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

    private final EditorCore core;
    private final EditorGraphComponent component;
    private final Zoom zoom;
    private final EditorActions actions = new EditorActions();
    private final CommandStackListener stackListener = event -> actions.refresh();
    private final mxIEventListener selectionChange = (sender, event) -> selectionChanged();
    private Overview overview;

    /** An editor of {@code diagram}, a diagram of the session's model. */
    public DiagramEditor(ModelSession session, Diagram diagram) {
        this.core = new EditorCore(session, diagram, EditorClipboard.shared());
        this.component = new EditorGraphComponent(core.graph());
        component.setOnConnect(this::offerLinks);
        this.zoom = new Zoom(component);
        zoom.installWheel();
        EditorActionSet.define(this, actions);
        EditorKeys.install(component, actions, core::nudge);
        core.graph().getSelectionModel().addListener(mxEvent.CHANGE, selectionChange);
        session.addListener(stackListener);
    }

    /** The component to place in a window: the diagram in a scroll pane. */
    public JComponent component() {
        return component;
    }

    /** A small overview of the whole diagram with the visible part framed ({@link Overview}); made on first call. */
    public JComponent overview() {
        if (overview == null) {
            overview = new Overview(component);
        }
        return overview;
    }

    public DiagramProjection projection() {
        return core.projection();
    }

    public Diagram diagram() {
        return core.diagram();
    }

    public ModelSession session() {
        return core.session();
    }

    /** The view's zoom: 1 is actual size, 2 twice as large; changed by the zoom actions and Ctrl+wheel. */
    public double scale() {
        return zoom.scale();
    }

    /** The action for menus, toolbars and popup menus; its shortcut works in the editor already. */
    public Action action(EditorAction which) {
        return actions.get(which);
    }

    /** The selected nodes, in selection order. */
    public List<Node> selectedNodes() {
        return core.selectedNodes();
    }

    public List<Edge> selectedEdges() {
        return core.selectedEdges();
    }

    /** Selects exactly the given nodes and edges of this diagram (others are ignored). */
    public void select(Collection<? extends EObject> nodesOrEdges) {
        core.select(nodesOrEdges);
    }

    /** Stops following the model and the session; the component stays on screen as it is until removed. */
    @Override
    public void close() {
        if (component.isEditing()) {
            component.stopEditing(true);
        }
        core.session().removeListener(stackListener);
        core.graph().getSelectionModel().removeListener(selectionChange);
        core.close();
    }

    EditorCore core() {
        return core;
    }

    EditorGraphComponent graphComponent() {
        return component;
    }

    Zoom zoom() {
        return zoom;
    }

    void deleteFromModel() {
        core.deleteSelection(this::askToDelete, this::tell);
    }

    void rename() {
        List<Node> nodes = selectedNodes();
        if (nodes.size() == 1 && core.presenter().isRenamable(nodes.get(0))) {
            component.startEditingAtCell(core.projection().cellOf(nodes.get(0)));
        }
    }

    /** A connection dropped on an allowed node: the kinds offered in a menu where the mouse is. */
    void offerLinks(Object sourceCell, Object targetCell) {
        LinkCheck check = core.gestures().check(sourceCell, targetCell);
        if (!check.allowed()) {
            return;
        }
        java.awt.Point mouse = component.getGraphControl().getMousePosition();
        var target = core.graph().getView().getState(targetCell);
        int x = mouse != null ? mouse.x : (int) target.getCenterX();
        int y = mouse != null ? mouse.y : (int) target.getCenterY();
        LinkKindMenu.show(component.getGraphControl(), x, y, check.kinds(),
                kind -> core.gestures().connect(sourceCell, targetCell, kind));
    }

    private void selectionChanged() {
        actions.refresh();
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
