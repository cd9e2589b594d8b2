package org.enlace.diagram;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.enlace.diagram.style.DiagramStyles;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.Node;
import org.enlace.model.commands.ModelSession;

import com.mxgraph.view.mxGraph;

/**
 * A JGraphX graph that shows one diagram of a model and follows it: one vertex per node at its
 * bounds, one edge per diagram edge with its bendpoints, labels and styles from the elements and
 * links they stand for. The model is the truth: the graph is never saved, and it changes only
 * when the model does (after an edit, an undo or a redo), inside this projection's own update
 * guard ({@link #isApplyingModelChanges()}), so an editor listening to the graph can tell the
 * model's changes from a user's gestures and turn only the latter into commands.
 *
 * <p>With a session, all changes one command makes reach the graph as one update, when the
 * command has run; reading the projection brings the graph up to date at once.
 */
public final class DiagramProjection implements AutoCloseable {

    private final Diagram diagram;
    private final mxGraph graph;
    private final ProjectionCells cells;
    private final ModelWatcher watcher;
    private final CommandStack stack;
    private final CommandStackListener settler = event -> settle();
    private int applying;
    private boolean updateOpen;

    private DiagramProjection(Diagram diagram, DiagramStyles styles, CommandStack stack, mxGraph graph) {
        this.diagram = diagram;
        this.graph = graph;
        this.stack = stack;
        configure(graph);
        this.cells = new ProjectionCells(graph, styles);
        this.watcher = new ModelWatcher(diagram, new Follower());
        applyNow(() -> cells.reconcile(diagram));
        watcher.start();
        if (stack != null) {
            stack.addCommandStackListener(settler);
        }
    }

    /** Shows a diagram of the session's model, following its edits one command at a time. */
    public static DiagramProjection open(ModelSession session, Diagram diagram) {
        return open(session, diagram, mxGraph::new);
    }

    /**
     * Like {@link #open(ModelSession, Diagram)}, on a graph of the caller's making: an editor
     * supplies a subclass of {@code mxGraph} whose gesture methods turn into commands.
     */
    public static DiagramProjection open(ModelSession session, Diagram diagram,
            Supplier<? extends mxGraph> graphFactory) {
        return new DiagramProjection(diagram, DiagramStyles.of(session.model(), session.catalogs()),
                session.commandStack(), graphFactory.get());
    }

    /** Shows a diagram with the given styles, following every model change as it comes (no command stack). */
    public static DiagramProjection open(Diagram diagram, DiagramStyles styles) {
        return new DiagramProjection(diagram, styles, null, new mxGraph());
    }

    /**
     * The graph, up to date, for an {@code mxGraphComponent} to show: the one JGraphX type of this
     * bundle's API, since Swing needs it. Change it only through model commands.
     */
    public mxGraph graph() {
        settle();
        return graph;
    }

    public Diagram diagram() {
        return diagram;
    }

    public DiagramStyles styles() {
        return cells.styles();
    }

    /** The node a cell stands for; empty for an edge cell, a layer or a cell of someone else's. */
    public Optional<Node> nodeOf(Object cell) {
        settle();
        return Optional.ofNullable(cells.nodeOf(cell));
    }

    public Optional<Edge> edgeOf(Object cell) {
        settle();
        return Optional.ofNullable(cells.edgeOf(cell));
    }

    /** The vertex of a node, or null when the node is not in this diagram. */
    public Object cellOf(Node node) {
        settle();
        return cells.cellOf(node);
    }

    /** The edge cell of a diagram edge, or null when it is not shown (not in this diagram, or an end missing). */
    public Object cellOf(Edge edge) {
        settle();
        return cells.cellOf(edge);
    }

    /** True while the projection is changing the graph to follow the model: not a user's gesture. */
    public boolean isApplyingModelChanges() {
        return applying > 0;
    }

    /** Stops following the model; the graph stays as it is. */
    @Override
    public void close() {
        settle();
        watcher.stop();
        if (stack != null) {
            stack.removeCommandStackListener(settler);
        }
    }

    /** Settings that keep the graph a faithful picture: no edge without both ends, no HTML in labels. */
    private static void configure(mxGraph graph) {
        graph.setHtmlLabels(false);
        graph.setAllowDanglingEdges(false);
        graph.setCellsDisconnectable(false);
        graph.setAllowLoops(false);
        graph.setMultigraph(true);
        graph.setDropEnabled(false);
        graph.setSplitEnabled(false);
        graph.setCellsCloneable(false);
        graph.setAutoSizeCells(false);
    }

    /** Applies a model change to the graph: in the command's update when a stack batches, else at once. */
    private void apply(Runnable change) {
        if (stack == null) {
            applyNow(change);
            return;
        }
        applying++;
        try {
            if (!updateOpen) {
                graph.getModel().beginUpdate();
                updateOpen = true;
            }
            change.run();
        } finally {
            applying--;
        }
    }

    private void applyNow(Runnable change) {
        applying++;
        graph.getModel().beginUpdate();
        try {
            change.run();
        } finally {
            graph.getModel().endUpdate();
            applying--;
        }
    }

    /** Ends the update the changes of the last command went into: the graph tells its view and listeners now. */
    private void settle() {
        if (updateOpen) {
            updateOpen = false;
            applying++;
            try {
                graph.getModel().endUpdate();
            } finally {
                applying--;
            }
        }
    }

    private final class Follower implements ModelWatcher.Changes {
        @Override
        public void structureChanged() {
            apply(() -> cells.reconcile(diagram));
        }

        @Override
        public void nodeMoved(Node node) {
            apply(() -> cells.move(node));
        }

        @Override
        public void nodeChanged(Node node) {
            apply(() -> cells.refresh(node));
        }

        @Override
        public void edgeChanged(Edge edge) {
            apply(() -> cells.refresh(edge));
        }

        @Override
        public void edgeBent(Edge edge) {
            apply(() -> cells.movePoints(edge));
        }

        @Override
        public void edgeReconnected(Edge edge) {
            apply(() -> cells.reconnect(edge, diagram));
        }

        @Override
        public void elementChanged(EObject element) {
            apply(() -> {
                cells.nodes().stream().filter(node -> node.getElement() == element).forEach(cells::refresh);
                cells.edges().stream().filter(edge -> edge.getLink() == element).forEach(cells::refresh);
            });
        }

        @Override
        public void languageChanged(String language) {
            apply(() -> {
                cells.setStyles(cells.styles().withLanguage(language));
                cells.nodes().forEach(cells::refresh);
                cells.edges().forEach(cells::refresh);
            });
        }
    }
}
