package org.enlace.model.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Identified;
import org.enlace.model.Link;
import org.enlace.model.Node;

/**
 * The nodes and edges one gesture adds to one diagram, gathered before anything changes so that
 * they become one command. It knows what the diagram shows already, so an element gets at most
 * one node and a link at most one edge there.
 */
final class DiagramAdditions {

    private final Diagram diagram;
    private final Map<EObject, Node> nodes = new HashMap<>();
    private final Set<Link> drawn = new HashSet<>();
    private final List<Node> newNodes = new ArrayList<>();
    private final List<Edge> newEdges = new ArrayList<>();

    DiagramAdditions(Diagram diagram) {
        this.diagram = diagram;
        for (Node node : diagram.getNodes()) {
            nodes.putIfAbsent(node.getElement(), node);
        }
        for (Edge edge : diagram.getEdges()) {
            drawn.add(edge.getLink());
        }
    }

    Diagram diagram() {
        return diagram;
    }

    boolean shows(EObject element) {
        return nodes.containsKey(element);
    }

    /** The node showing {@code element}, already there or added by this gesture; {@code null} when none. */
    Node nodeFor(EObject element) {
        return nodes.get(element);
    }

    /** Adds a node for {@code element} unless the diagram shows it already; returns the node that shows it. */
    Node add(Identified element, Bounds bounds, String style) {
        Node existing = nodes.get(element);
        if (existing != null) {
            return existing;
        }
        Node node = EnlaceFactory.eINSTANCE.createNode();
        node.setId(Ids.newId());
        node.setElement(element);
        node.setX(bounds.x());
        node.setY(bounds.y());
        node.setWidth(bounds.width());
        node.setHeight(bounds.height());
        node.setStyle(style);
        nodes.put(element, node);
        newNodes.add(node);
        return node;
    }

    /** Adds an edge for each of {@code links} whose two ends are shown and that is not drawn yet. */
    void drawLinks(Iterable<Link> links) {
        for (Link link : links) {
            draw(link);
        }
    }

    /**
     * Adds an edge for {@code link} if both its ends are shown and it is not drawn yet.
     *
     * @return whether the link is drawn on the diagram now
     */
    boolean draw(Link link) {
        if (drawn.contains(link)) {
            return true;
        }
        Node source = nodes.get(link.getSource());
        Node target = nodes.get(link.getTarget());
        if (source == null || target == null) {
            return false;
        }
        Edge edge = EnlaceFactory.eINSTANCE.createEdge();
        edge.setId(Ids.newId());
        edge.setLink(link);
        edge.setSource(source);
        edge.setTarget(target);
        drawn.add(link);
        newEdges.add(edge);
        return true;
    }

    List<Node> newNodes() {
        return List.copyOf(newNodes);
    }

    List<Edge> newEdges() {
        return List.copyOf(newEdges);
    }

    boolean isEmpty() {
        return newNodes.isEmpty() && newEdges.isEmpty();
    }

    /** Appends the commands that add the gathered nodes, then the edges between them. */
    void appendTo(CompoundCommand command, EditingDomain domain) {
        if (!newNodes.isEmpty()) {
            command.append(AddCommand.create(domain, diagram, EnlacePackage.Literals.DIAGRAM__NODES, newNodes()));
        }
        if (!newEdges.isEmpty()) {
            command.append(AddCommand.create(domain, diagram, EnlacePackage.Literals.DIAGRAM__EDGES, newEdges()));
        }
    }
}
