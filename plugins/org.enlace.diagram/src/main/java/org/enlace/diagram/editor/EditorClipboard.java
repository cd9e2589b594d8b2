package org.enlace.diagram.editor;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.enlace.model.Diagram;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;
import org.enlace.model.commands.DiagramClipboard;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.Point;

/**
 * What the editors of one application copied last, and where the next paste goes. It holds model
 * objects, not text, so it lives in the application rather than on the system clipboard; all
 * editors share {@link #shared()} so that a copy in one diagram pastes into another. Pastes
 * cascade: the first paste into the diagram copied from lands one {@link #STEP} right of and below
 * the original, each further paste into a diagram one step further; the first paste into another
 * diagram lands where the original lay.
 */
final class EditorClipboard {

    /** Diagram units between a copied selection and its paste, and between successive pastes. */
    static final int STEP = 20;

    private static final EditorClipboard SHARED = new EditorClipboard();

    private DiagramClipboard contents;
    private Diagram source;
    private PlanningModel model;
    private final Map<Diagram, Integer> pastes = new HashMap<>();

    static EditorClipboard shared() {
        return SHARED;
    }

    /** Takes the given nodes; false (and the clipboard unchanged) when there is nothing to take. */
    synchronized boolean copy(Collection<Node> nodes) {
        DiagramClipboard taken = DiagramClipboard.of(nodes);
        if (taken.isEmpty()) {
            return false;
        }
        Diagram diagram = DiagramQuery.diagramOf(nodes.iterator().next());
        contents = taken;
        source = diagram;
        model = diagram.eContainer() instanceof PlanningModel owner ? owner : null;
        pastes.clear();
        return true;
    }

    /** The contents, when they came from {@code target}'s model (elements never travel between models). */
    synchronized Optional<DiagramClipboard> contentsFor(Diagram target) {
        if (contents == null || model == null || target.eContainer() != model) {
            return Optional.empty();
        }
        return Optional.of(contents);
    }

    /** Where the next paste into {@code target} puts the copied selection's top-left corner. */
    synchronized Point nextOffset(Diagram target) {
        int steps = pastes.getOrDefault(target, 0) + (target == source ? 1 : 0);
        Point origin = contents.origin();
        return new Point(origin.x() + STEP * steps, origin.y() + STEP * steps);
    }

    /** Records a paste into {@code target}, so that the next one cascades. */
    synchronized void pasted(Diagram target) {
        pastes.merge(target, 1, Integer::sum);
    }
}
