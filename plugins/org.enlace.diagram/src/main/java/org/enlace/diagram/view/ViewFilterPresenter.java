package org.enlace.diagram.view;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStackListener;
import org.enlace.diagram.DiagramProjection;
import org.enlace.model.Edge;
import org.enlace.model.EntryPoint;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.commands.ModelSession;

import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.view.mxGraph;

/**
 * Filters of one diagram view: links of chosen kinds, and entry points of chosen statuses (with
 * the edges at them), are hidden in the graph only. The model, its diagram data and the command
 * stack never change: a filter is how the analyst looks, not what the diagram holds, so it is
 * neither undone nor saved. Cells the model adds later are filtered as soon as the command that
 * adds them has run.
 */
public final class ViewFilterPresenter implements AutoCloseable {

    private final ModelSession session;
    private final DiagramProjection projection;
    private final Set<LinkKind> hiddenKinds = EnumSet.noneOf(LinkKind.class);
    private final Set<EntryPointStatus> hiddenStatuses = EnumSet.noneOf(EntryPointStatus.class);
    /** New cells are shown by default: only a view that filters has work to do after a command. */
    private final CommandStackListener follower = event -> {
        if (isFiltering()) {
            apply();
        }
    };

    public ViewFilterPresenter(ModelSession session, DiagramProjection projection) {
        this.session = session;
        this.projection = projection;
        session.addListener(follower);
    }

    /** Hides (or shows again) the edges of links of {@code kind}. */
    public void setLinkKindHidden(LinkKind kind, boolean hidden) {
        change(hiddenKinds, kind, hidden);
    }

    /** Hides (or shows again) entry points of {@code status} and the edges at them. */
    public void setStatusHidden(EntryPointStatus status, boolean hidden) {
        change(hiddenStatuses, status, hidden);
    }

    /** Whether any filter hides something now. */
    public boolean isFiltering() {
        return !hiddenKinds.isEmpty() || !hiddenStatuses.isEmpty();
    }

    /** Shows everything again. */
    public void reset() {
        hiddenKinds.clear();
        hiddenStatuses.clear();
        apply();
    }

    /** The nodes and edges of the diagram that the filters hide now, in diagram order. */
    public List<Object> hiddenShapes() {
        Set<Node> hiddenNodes = new LinkedHashSet<>();
        for (Node node : projection.diagram().getNodes()) {
            if (node.getElement() instanceof EntryPoint entryPoint && hiddenStatuses.contains(statusOf(entryPoint))) {
                hiddenNodes.add(node);
            }
        }
        List<Object> hidden = new ArrayList<>(hiddenNodes);
        for (Edge edge : projection.diagram().getEdges()) {
            if (hiddenNodes.contains(edge.getSource()) || hiddenNodes.contains(edge.getTarget())
                    || edge.getLink() != null && hiddenKinds.contains(edge.getLink().getKind())) {
                hidden.add(edge);
            }
        }
        return hidden;
    }

    /** Makes the graph show exactly the shapes the filters let through. */
    public void apply() {
        Set<Object> hidden = new LinkedHashSet<>(hiddenShapes());
        mxGraph graph = projection.graph();
        mxIGraphModel cells = graph.getModel();
        List<Object> toHide = new ArrayList<>();
        cells.beginUpdate();
        try {
            for (Node node : projection.diagram().getNodes()) {
                show(cells, projection.cellOf(node), !hidden.contains(node), toHide);
            }
            for (Edge edge : projection.diagram().getEdges()) {
                show(cells, projection.cellOf(edge), !hidden.contains(edge), toHide);
            }
        } finally {
            cells.endUpdate();
        }
        graph.removeSelectionCells(toHide.toArray());
    }

    @Override
    public void close() {
        session.removeListener(follower);
    }

    private static void show(mxIGraphModel cells, Object cell, boolean visible, List<Object> hidden) {
        if (cell == null) {
            return;
        }
        if (cells.isVisible(cell) != visible) {
            cells.setVisible(cell, visible);
        }
        if (!visible) {
            hidden.add(cell);
        }
    }

    private <T> void change(Set<T> set, T value, boolean hidden) {
        if (hidden ? set.add(value) : set.remove(value)) {
            apply();
        }
    }

    private static EntryPointStatus statusOf(EntryPoint entryPoint) {
        return entryPoint.getStatus() == null ? EntryPointStatus.CANDIDATE : entryPoint.getStatus();
    }
}
