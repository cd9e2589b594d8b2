package org.enlace.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enlace.diagram.style.DiagramStyles;
import org.enlace.diagram.style.NodeSizes;
import org.enlace.model.Bendpoint;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.Identified;
import org.enlace.model.Node;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.util.mxPoint;
import com.mxgraph.view.mxGraph;

/**
 * The cells of a projection and the two-way map between them and the diagram's nodes and edges.
 * Edges live in a layer below the nodes, so lines never cover boxes. Every method changes the
 * graph model and must run inside one of its updates.
 */
final class ProjectionCells {

    private final mxIGraphModel model;
    private final mxCell edgeLayer;
    private final mxCell nodeLayer;
    private final CellStyles cellStyles;
    private DiagramStyles styles;
    private final Map<Node, mxCell> nodeCells = new LinkedHashMap<>();
    private final Map<Edge, mxCell> edgeCells = new LinkedHashMap<>();
    private final Map<Object, Node> nodesByCell = new HashMap<>();
    private final Map<Object, Edge> edgesByCell = new HashMap<>();

    ProjectionCells(mxGraph graph, DiagramStyles styles) {
        this.model = graph.getModel();
        this.styles = styles;
        this.cellStyles = new CellStyles(graph.getStylesheet());
        Object root = model.getRoot();
        this.edgeLayer = (mxCell) model.getChildAt(root, 0);
        this.nodeLayer = new mxCell();
        model.add(root, nodeLayer, 1);
        graph.setDefaultParent(nodeLayer);
    }

    DiagramStyles styles() {
        return styles;
    }

    void setStyles(DiagramStyles newStyles) {
        this.styles = newStyles;
    }

    mxCell cellOf(Node node) {
        return nodeCells.get(node);
    }

    mxCell cellOf(Edge edge) {
        return edgeCells.get(edge);
    }

    Node nodeOf(Object cell) {
        return nodesByCell.get(cell);
    }

    Edge edgeOf(Object cell) {
        return edgesByCell.get(cell);
    }

    /** Makes the cells match the diagram's nodes and edges: removes the gone, adds the new. */
    void reconcile(Diagram diagram) {
        Set<Edge> liveEdges = new HashSet<>(diagram.getEdges());
        Set<Node> liveNodes = new HashSet<>(diagram.getNodes());
        for (Edge edge : new ArrayList<>(edgeCells.keySet())) {
            if (!liveEdges.contains(edge) || !liveNodes.contains(edge.getSource())
                    || !liveNodes.contains(edge.getTarget())) {
                remove(edgeCells.remove(edge));
            }
        }
        for (Node node : new ArrayList<>(nodeCells.keySet())) {
            if (!liveNodes.contains(node)) {
                remove(nodeCells.remove(node));
            }
        }
        for (Node node : diagram.getNodes()) {
            if (!nodeCells.containsKey(node)) {
                addNode(node);
            }
        }
        for (Edge edge : diagram.getEdges()) {
            if (!edgeCells.containsKey(edge)) {
                addEdge(edge);
            }
        }
    }

    private void addNode(Node node) {
        mxCell cell = new mxCell(null, geometry(node), null);
        cell.setId(node.getId());
        cell.setVertex(true);
        cell.setConnectable(true);
        model.add(nodeLayer, cell, model.getChildCount(nodeLayer));
        nodeCells.put(node, cell);
        nodesByCell.put(cell, node);
        refresh(node);
    }

    /** Adds the cell of an edge whose two nodes have cells; an edge between missing nodes waits for them. */
    private void addEdge(Edge edge) {
        mxCell source = nodeCells.get(edge.getSource());
        mxCell target = nodeCells.get(edge.getTarget());
        if (source == null || target == null) {
            return;
        }
        mxGeometry geometry = new mxGeometry();
        geometry.setRelative(true);
        mxCell cell = new mxCell(null, geometry, null);
        cell.setId(edge.getId());
        cell.setEdge(true);
        model.add(edgeLayer, cell, model.getChildCount(edgeLayer));
        model.setTerminal(cell, source, true);
        model.setTerminal(cell, target, false);
        edgeCells.put(edge, cell);
        edgesByCell.put(cell, edge);
        refresh(edge);
        movePoints(edge);
    }

    private void remove(mxCell cell) {
        nodesByCell.remove(cell);
        edgesByCell.remove(cell);
        model.remove(cell);
    }

    /** Bounds changed: the geometry, and the label when the width (and so the wrapping) changed. */
    void move(Node node) {
        mxCell cell = nodeCells.get(node);
        if (cell != null) {
            model.setGeometry(cell, geometry(node));
            refresh(node);
        }
    }

    /** Label and style from the node's element and look (kind, status, migration mark, overrides). */
    void refresh(Node node) {
        mxCell cell = nodeCells.get(node);
        Identified element = node.getElement();
        if (cell == null || element == null) {
            return;
        }
        setIfChanged(cell, styles.label(element, (int) cell.getGeometry().getWidth()),
                cellStyles.node(styles.nodeLook(element), node.getStyle()));
    }

    void refresh(Edge edge) {
        mxCell cell = edgeCells.get(edge);
        if (cell == null) {
            return;
        }
        var kind = edge.getLink() == null ? null : edge.getLink().getKind();
        setIfChanged(cell, edge.getLink() == null ? "" : styles.linkLabel(kind),
                cellStyles.edge(DiagramStyles.edgeLook(kind), edge.getStyle()));
    }

    void movePoints(Edge edge) {
        mxCell cell = edgeCells.get(edge);
        if (cell == null) {
            return;
        }
        List<mxPoint> points = new ArrayList<>();
        for (Bendpoint bendpoint : edge.getBendpoints()) {
            points.add(new mxPoint(bendpoint.getX(), bendpoint.getY()));
        }
        mxGeometry geometry = (mxGeometry) cell.getGeometry().clone();
        geometry.setPoints(points.isEmpty() ? null : points);
        model.setGeometry(cell, geometry);
    }

    /** An edge now joins other nodes (or stands for another link): drawn again from scratch. */
    void reconnect(Edge edge, Diagram diagram) {
        mxCell cell = edgeCells.remove(edge);
        if (cell != null) {
            remove(cell);
        }
        if (diagram.getEdges().contains(edge)) {
            addEdge(edge);
        }
    }

    Set<Node> nodes() {
        return nodeCells.keySet();
    }

    Set<Edge> edges() {
        return edgeCells.keySet();
    }

    private void setIfChanged(mxCell cell, String label, String style) {
        if (!label.equals(cell.getValue())) {
            model.setValue(cell, label);
        }
        if (!style.equals(cell.getStyle())) {
            model.setStyle(cell, style);
        }
    }

    private static mxGeometry geometry(Node node) {
        return new mxGeometry(node.getX(), node.getY(), NodeSizes.width(node.getWidth()),
                NodeSizes.height(node.getHeight()));
    }
}
