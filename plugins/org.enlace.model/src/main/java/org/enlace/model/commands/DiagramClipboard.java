package org.enlace.model.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.enlace.model.Diagram;
import org.enlace.model.Identified;
import org.enlace.model.Link;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;

/**
 * What "copy" takes from a diagram: the elements of the selected nodes, where their nodes lay
 * relative to the selection's top-left corner, and the links among them (links whose two ends
 * are copied elements or lie inside them). It remembers elements, not copies of them: what paste
 * does with each is decided when pasting, see {@link DiagramCommands#paste}.
 */
public final class DiagramClipboard {

    /**
     * One copied node.
     *
     * @param element the element the node showed
     * @param bounds the node's bounds relative to the selection's top-left corner
     * @param style the node's style override, or {@code null}
     */
    public record Entry(Identified element, Bounds bounds, String style) {
    }

    private final List<Entry> entries;
    private final List<Link> links;
    private final Point origin;

    private DiagramClipboard(List<Entry> entries, List<Link> links, Point origin) {
        this.entries = List.copyOf(entries);
        this.links = List.copyOf(links);
        this.origin = origin;
    }

    /** A snapshot of the selected nodes; an element shown by several of them is taken once, with its first node. */
    public static DiagramClipboard of(Collection<? extends Node> nodes) {
        Map<Identified, Node> byElement = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (DiagramQuery.diagramOf(node) != null && node.getElement() != null) {
                byElement.putIfAbsent(node.getElement(), node);
            }
        }
        if (byElement.isEmpty()) {
            return new DiagramClipboard(List.of(), List.of(), new Point(0, 0));
        }
        int left = byElement.values().stream().mapToInt(Node::getX).min().orElse(0);
        int top = byElement.values().stream().mapToInt(Node::getY).min().orElse(0);
        List<Entry> entries = new ArrayList<>();
        byElement.forEach((element, node) ->
                entries.add(new Entry(element, Bounds.of(node).translate(-left, -top), node.getStyle())));
        Diagram diagram = DiagramQuery.diagramOf(byElement.values().iterator().next());
        return new DiagramClipboard(entries, linksAmong(diagram, byElement.keySet()), new Point(left, top));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The links whose two ends were copied elements or inside them, in model order. */
    public List<Link> links() {
        return links;
    }

    /** Where the selection's top-left corner was; paste there plus a step to place the copy beside the original. */
    public Point origin() {
        return origin;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static List<Link> linksAmong(Diagram diagram, Set<Identified> elements) {
        if (!(diagram.eContainer() instanceof PlanningModel model)) {
            return List.of();
        }
        return model.getLinks().stream()
                .filter(link -> isWithin(link.getSource(), elements) && isWithin(link.getTarget(), elements)).toList();
    }

    /** Whether {@code object} is one of {@code elements} or lies inside one of them. */
    static boolean isWithin(EObject object, Set<? extends EObject> elements) {
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (elements.contains(at)) {
                return true;
            }
        }
        return false;
    }
}
