package org.enlace.model.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.enlace.model.Catalog;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.Identified;
import org.enlace.model.Link;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;

/** Read-only look-ups over the diagrams of a model: which diagram has a name, which node shows an element. */
public final class DiagramQuery {

    private DiagramQuery() {
    }

    /** The diagram called {@code name} (surrounding blanks ignored, case kept), if the model has one. */
    /**
     * The attribute that holds an element's own words, its title or else its name (what renaming
     * changes and what the inline editor starts from); null for an element that has neither.
     */
    public static EAttribute labelAttribute(EObject element) {
        return ElementTexts.labelAttribute(element);
    }

    public static Optional<Diagram> byName(PlanningModel model, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return model.getDiagrams().stream().filter(diagram -> wanted.equals(diagram.getName())).findFirst();
    }

    /** The node that shows {@code element} on {@code diagram}; an element appears there at most once. */
    public static Optional<Node> nodeOf(Diagram diagram, EObject element) {
        return diagram.getNodes().stream().filter(node -> node.getElement() == element).findFirst();
    }

    /** The nodes showing {@code element} on every diagram of the model, in diagram order. */
    public static List<Node> nodesOf(PlanningModel model, EObject element) {
        List<Node> nodes = new ArrayList<>();
        for (Diagram diagram : model.getDiagrams()) {
            nodeOf(diagram, element).ifPresent(nodes::add);
        }
        return nodes;
    }

    /** The edge that draws {@code link} on {@code diagram}, if it is drawn there. */
    public static Optional<Edge> edgeOf(Diagram diagram, Link link) {
        return diagram.getEdges().stream().filter(edge -> edge.getLink() == link).findFirst();
    }

    /** The edges of {@code diagram} that start or end at one of {@code nodes}, in diagram order. */
    public static List<Edge> edgesAt(Diagram diagram, Collection<? extends Node> nodes) {
        return diagram.getEdges().stream()
                .filter(edge -> nodes.contains(edge.getSource()) || nodes.contains(edge.getTarget())).toList();
    }

    /** The diagram a node or edge belongs to, or {@code null} when it is in none. */
    public static Diagram diagramOf(EObject nodeOrEdge) {
        return nodeOrEdge != null && nodeOrEdge.eContainer() instanceof Diagram diagram ? diagram : null;
    }

    /**
     * Whether a node may show {@code element}: a model element or catalogue entry that lies in a
     * resource. Links are drawn as edges; models, catalogues and the notation itself are never nodes.
     */
    public static boolean canShow(EObject element) {
        return element instanceof Identified && element.eResource() != null
                && !(element instanceof PlanningModel || element instanceof Catalog || element instanceof Link
                        || element instanceof Diagram || element instanceof Node || element instanceof Edge);
    }
}
