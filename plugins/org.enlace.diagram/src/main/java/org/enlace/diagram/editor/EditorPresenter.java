package org.enlace.diagram.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.enlace.diagram.style.NodeSizes;
import org.enlace.model.CatalogEntry;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.Identified;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DeletionSummary;
import org.enlace.model.commands.DiagramCommands;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.LinkCheck;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.commands.Point;

/**
 * The editor's gestures in model terms, without a window: each method runs at most one command on
 * the session's stack and says whether it ran. Geometry is in diagram units as drawn, so a node
 * whose file leaves its size at zero is moved at its drawn size and keeps its zero size.
 */
final class EditorPresenter {

    private final ModelSession session;
    private final Diagram diagram;
    private final DiagramCommands commands;
    private final EditorClipboard clipboard;
    private final String author;

    EditorPresenter(ModelSession session, Diagram diagram, EditorClipboard clipboard, String author) {
        this.session = session;
        this.diagram = diagram;
        this.commands = new DiagramCommands(session);
        this.clipboard = clipboard;
        this.author = author;
    }

    Diagram diagram() {
        return diagram;
    }

    /** A node as drawn: its model bounds with the default size where it has none. */
    static Bounds drawn(Node node) {
        return new Bounds(node.getX(), node.getY(), NodeSizes.width(node.getWidth()),
                NodeSizes.height(node.getHeight()));
    }

    /**
     * Moves nodes and edges by the same amount, as one command. Edges whose two ends move keep
     * their shape (their bendpoints move along); an edge dragged on its own bends: its bendpoints
     * move, or a straight edge gets one at its middle.
     */
    boolean move(Collection<Node> nodes, Collection<Edge> edges, int dx, int dy) {
        if (dx == 0 && dy == 0) {
            return false;
        }
        Set<Node> moving = new HashSet<>(nodes);
        Map<Node, Bounds> bounds = new LinkedHashMap<>();
        nodes.forEach(node -> bounds.put(node, Bounds.of(node).translate(dx, dy)));
        CompoundCommand command = new CompoundCommand();
        if (!bounds.isEmpty()) {
            command.append(commands.setBounds(bounds));
        }
        for (Edge edge : movedEdges(moving, edges)) {
            boolean carried = moving.contains(edge.getSource()) && moving.contains(edge.getTarget());
            if (!carried || !edge.getBendpoints().isEmpty()) {
                command.append(commands.setBendpoints(edge, movedPoints(edge, dx, dy)));
            }
        }
        if (!command.isEmpty()) {
            command.setLabel(command.getCommandList().get(0).getLabel());
        }
        return run(command);
    }

    /** The edges dragged on their own, then every edge of the diagram whose two ends move. */
    private Set<Edge> movedEdges(Set<Node> moving, Collection<Edge> edges) {
        Set<Edge> moved = new LinkedHashSet<>(edges);
        if (!moving.isEmpty()) {
            diagram.getEdges().stream()
                    .filter(edge -> moving.contains(edge.getSource()) && moving.contains(edge.getTarget()))
                    .forEach(moved::add);
        }
        return moved;
    }

    private static List<Point> movedPoints(Edge edge, int dx, int dy) {
        List<Point> points = new ArrayList<>();
        edge.getBendpoints().forEach(point -> points.add(new Point(point.getX() + dx, point.getY() + dy)));
        if (points.isEmpty()) {
            Bounds from = drawn(edge.getSource());
            Bounds to = drawn(edge.getTarget());
            int midX = (from.x() + from.width() / 2 + to.x() + to.width() / 2) / 2;
            int midY = (from.y() + from.height() / 2 + to.y() + to.height() / 2) / 2;
            points.add(new Point(midX + dx, midY + dy));
        }
        return points;
    }

    /** Sets nodes to new drawn bounds (a resize, or align and distribute), as one command. */
    boolean place(Map<Node, Bounds> drawnBounds) {
        Map<Node, Bounds> bounds = new LinkedHashMap<>();
        drawnBounds.forEach((node, wanted) -> bounds.put(node, modelBounds(node, wanted)));
        return run(commands.setBounds(bounds));
    }

    /** The model bounds for drawn bounds: a size left at zero in the file stays zero while it is the default. */
    private static Bounds modelBounds(Node node, Bounds wanted) {
        Bounds now = drawn(node);
        int width = wanted.width() == now.width() ? node.getWidth() : wanted.width();
        int height = wanted.height() == now.height() ? node.getHeight() : wanted.height();
        return new Bounds(wanted.x(), wanted.y(), width, height);
    }

    boolean bend(Edge edge, List<Point> points) {
        return run(commands.setBendpoints(edge, points));
    }

    boolean align(Collection<Node> nodes, Alignment alignment) {
        List<Node> list = List.copyOf(nodes);
        return place(zip(list, Arrangement.align(list.stream().map(EditorPresenter::drawn).toList(), alignment)));
    }

    boolean distribute(Collection<Node> nodes, Arrangement.Axis axis) {
        List<Node> list = List.copyOf(nodes);
        return place(zip(list, Arrangement.distribute(list.stream().map(EditorPresenter::drawn).toList(), axis)));
    }

    private static Map<Node, Bounds> zip(List<Node> nodes, List<Bounds> bounds) {
        Map<Node, Bounds> map = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            map.put(nodes.get(i), bounds.get(i));
        }
        return map;
    }

    LinkCheck check(Node source, Node target) {
        return commands.check(source, target);
    }

    boolean connect(Node source, Node target, LinkKind kind) {
        return run(commands.connect(source, target, kind, author));
    }

    /** Whether a node's label may be edited: elements of this model with a title or a name, never catalogue entries. */
    boolean isRenamable(Node node) {
        Identified element = node.getElement();
        return element != null && !(element instanceof CatalogEntry)
                && element.eResource() == session.model().eResource() && DiagramQuery.labelAttribute(element) != null;
    }

    /** The text the inline editor starts with: the element's title or name, not the drawn code-and-title label. */
    String editingText(Node node) {
        EAttribute attribute = node.getElement() == null ? null : DiagramQuery.labelAttribute(node.getElement());
        Object text = attribute == null ? null : node.getElement().eGet(attribute);
        return text instanceof String string ? string : "";
    }

    boolean rename(Node node, String text) {
        return isRenamable(node) && run(commands.rename(node.getElement(), text));
    }

    boolean removeFromDiagram(Collection<? extends EObject> nodesOrEdges) {
        return !nodesOrEdges.isEmpty() && run(commands.removeFromDiagram(nodesOrEdges));
    }

    DeletionSummary deletionSummary(Collection<? extends EObject> nodesOrEdges) {
        return commands.deletionSummary(nodesOrEdges);
    }

    /**
     * Deletes from the model after asking: {@code confirm} gets the summary's sentence and says yes
     * or no. A refusal (a catalogue entry chosen) is not asked about: {@code refused} gets its reason.
     */
    boolean deleteFromModel(Collection<? extends EObject> nodesOrEdges, Predicate<String> confirm,
            Consumer<String> refused) {
        if (nodesOrEdges.isEmpty()) {
            return false;
        }
        DeletionSummary summary = deletionSummary(nodesOrEdges);
        if (!summary.canDelete()) {
            refused.accept(summary.sentence());
            return false;
        }
        return confirm.test(summary.sentence()) && run(commands.deleteFromModel(nodesOrEdges));
    }

    boolean copy(Collection<Node> nodes) {
        return clipboard.copy(nodes);
    }

    /** Copy, then take the nodes off this diagram; the elements stay in the model, ready to show elsewhere. */
    boolean cut(Collection<Node> nodes) {
        return clipboard.copy(nodes) && removeFromDiagram(nodes);
    }

    boolean paste() {
        return clipboard.contentsFor(diagram).map(contents -> {
            boolean pasted = run(commands.paste(diagram, contents, clipboard.nextOffset(diagram)));
            if (pasted) {
                clipboard.pasted(diagram);
            }
            return pasted;
        }).orElse(false);
    }

    private boolean run(Command command) {
        return session.execute(command);
    }
}
