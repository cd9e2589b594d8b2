package org.enlace.diagram.view;

import java.util.Collection;
import java.util.Set;

import org.enlace.diagram.layout.DiagramLayouts;
import org.enlace.diagram.layout.LayoutKind;
import org.enlace.diagram.window.WindowText;
import org.enlace.model.Diagram;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.commands.DiagramCommands;
import org.enlace.model.commands.ModelSession;

/**
 * The View and Diagram menus' model gestures: a layout, or "add related elements" of the
 * selection by link kind, each one command on the session's stack (so one undo takes it back),
 * answered by a sentence for the status line.
 */
public final class ViewActionsPresenter {

    private final ModelSession session;
    private final Diagram diagram;

    public ViewActionsPresenter(ModelSession session, Diagram diagram) {
        this.session = session;
        this.diagram = diagram;
    }

    /** Lays the diagram out; says so, or that it was laid out that way already. */
    public String layout(LayoutKind kind) {
        String name = kind.displayName(org.enlace.model.l10n.Messages.locale());
        return session.execute(new DiagramLayouts(session).layout(diagram, kind))
                ? WindowText.get("layout.done", name)
                : WindowText.get("layout.unchanged", name);
    }

    /** Shows the neighbours of the selected nodes by links of {@code kinds}; says how many, or why none. */
    public String addRelated(Collection<Node> selection, Set<LinkKind> kinds) {
        if (selection.isEmpty()) {
            return WindowText.get("related.noSelection");
        }
        if (kinds.isEmpty()) {
            return WindowText.get("related.noKinds");
        }
        int before = diagram.getNodes().size();
        if (!session.execute(new DiagramCommands(session).addRelated(diagram, selection, kinds))) {
            return WindowText.get("related.none");
        }
        int added = diagram.getNodes().size() - before;
        return WindowText.get(added == 1 ? "related.added.one" : "related.added.many", added);
    }
}
