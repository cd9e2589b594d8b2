package org.enlace.diagram.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.enlace.diagram.DiagramProjection;
import org.enlace.model.Edge;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.LinkCheck;
import org.enlace.model.commands.Point;

import com.mxgraph.util.mxPoint;
import com.mxgraph.util.mxRectangle;

/**
 * The bridge from JGraphX cells to the presenter: finds the nodes and edges the cells of a gesture
 * stand for, rounds JGraphX's doubles to the model's whole units, and hands the gesture on. Cells
 * that stand for nothing of the diagram are ignored.
 */
final class CellGestures {

    private final DiagramProjection projection;
    private final EditorPresenter presenter;

    CellGestures(DiagramProjection projection, EditorPresenter presenter) {
        this.projection = projection;
        this.presenter = presenter;
    }

    Optional<Node> node(Object cell) {
        return cell == null ? Optional.empty() : projection.nodeOf(cell);
    }

    Optional<Edge> edge(Object cell) {
        return cell == null ? Optional.empty() : projection.edgeOf(cell);
    }

    List<Node> nodes(Object[] cells) {
        List<Node> nodes = new ArrayList<>();
        for (Object cell : cells) {
            node(cell).ifPresent(nodes::add);
        }
        return nodes;
    }

    List<Edge> edges(Object[] cells) {
        List<Edge> edges = new ArrayList<>();
        for (Object cell : cells) {
            edge(cell).ifPresent(edges::add);
        }
        return edges;
    }

    boolean move(Object[] cells, double dx, double dy) {
        return presenter.move(nodes(cells), edges(cells), (int) Math.round(dx), (int) Math.round(dy));
    }

    boolean resize(Object[] cells, mxRectangle[] bounds) {
        Map<Node, Bounds> wanted = new LinkedHashMap<>();
        for (int i = 0; i < cells.length && i < bounds.length; i++) {
            mxRectangle box = bounds[i];
            node(cells[i]).ifPresent(node -> wanted.put(node, new Bounds((int) Math.round(box.getX()),
                    (int) Math.round(box.getY()), (int) Math.max(1, Math.round(box.getWidth())),
                    (int) Math.max(1, Math.round(box.getHeight())))));
        }
        return !wanted.isEmpty() && presenter.place(wanted);
    }

    /** A new route for an edge: JGraphX's points in diagram units. */
    boolean bend(Object edgeCell, List<mxPoint> points) {
        List<Point> route = points.stream()
                .map(p -> new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()))).toList();
        return edge(edgeCell).map(edge -> presenter.bend(edge, route)).orElse(false);
    }

    /** JGraphX's convention: null when valid, a message when refused with a reason, empty when refused silently. */
    String validationError(Object sourceCell, Object targetCell) {
        Optional<Node> source = node(sourceCell);
        Optional<Node> target = node(targetCell);
        if (source.isEmpty() || target.isEmpty()) {
            return "";
        }
        LinkCheck check = presenter.check(source.get(), target.get());
        return check.allowed() ? null : check.reason();
    }

    LinkCheck check(Object sourceCell, Object targetCell) {
        return presenter.check(node(sourceCell).orElseThrow(), node(targetCell).orElseThrow());
    }

    boolean connect(Object sourceCell, Object targetCell, org.enlace.model.LinkKind kind) {
        return presenter.connect(node(sourceCell).orElseThrow(), node(targetCell).orElseThrow(), kind);
    }

    boolean isEditable(Object cell) {
        return node(cell).map(presenter::isRenamable).orElse(false);
    }

    String editingText(Object cell) {
        return node(cell).map(presenter::editingText).orElse("");
    }

    /** A title is one line: line breaks typed or pasted into the in-place editor become spaces. */
    boolean rename(Object cell, String text) {
        String oneLine = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return node(cell).map(node -> presenter.rename(node, oneLine)).orElse(false);
    }
}
