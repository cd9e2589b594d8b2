package org.enlace.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.enlace.diagram.layout.LayoutEngine;
import org.enlace.diagram.layout.LayoutItem;
import org.enlace.diagram.layout.LayoutKind;
import org.enlace.diagram.layout.LayoutLink;
import org.enlace.diagram.layout.Placement;
import org.enlace.diagram.style.DiagramStyles;
import org.enlace.diagram.style.NodeSizes;
import org.enlace.model.EntryPoint;
import org.enlace.model.Identified;
import org.enlace.model.Link;
import org.enlace.model.Plan;
import org.enlace.model.PlanningModel;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramCommands;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.commands.NodeSpec;

/**
 * Diagrams made from the model in one go: the elements of the plans (or of one element and what
 * it contains), the entry points that enter there and the elements linked to any of them, with
 * an edge for every link between shown elements, laid out, as one undoable command.
 */
public final class PlanDiagrams {

    private final ModelSession session;
    private final PlanningModel model;

    public PlanDiagrams(ModelSession session) {
        this.session = session;
        this.model = session.model();
    }

    /** Every plan with all it contains, the entry points at them, and what they are linked to. */
    public List<Identified> wholeModel() {
        Set<Identified> core = new LinkedHashSet<>();
        for (Plan plan : model.getPlans()) {
            addWithContents(core, plan);
        }
        return withEntryPointsAndLinked(core);
    }

    /** {@code root} with all it contains, the entry points at them, and what they are linked to. */
    public List<Identified> from(Identified root) {
        Set<Identified> core = new LinkedHashSet<>();
        addWithContents(core, root);
        return withEntryPointsAndLinked(core);
    }

    /**
     * One command that adds a diagram called {@code name} showing {@code elements}, laid out by
     * {@code kind}: the diagram, then its nodes at their laid-out bounds with the edges of their
     * links. Undo removes it all at once. Unexecutable when the name is blank or taken, or when
     * there is nothing to show.
     */
    public Command newDiagram(String name, List<Identified> elements, LayoutKind kind) {
        DiagramStyles styles = DiagramStyles.of(model, session.catalogs());
        List<LayoutItem> items = new ArrayList<>();
        for (Identified element : elements) {
            NodeSizes.Size size = styles.newNodeSize(element);
            items.add(new LayoutItem(element, element, size.width(), size.height()));
        }
        Set<Identified> shown = Set.copyOf(elements);
        List<LayoutLink> links = new ArrayList<>();
        for (Link link : model.getLinks()) {
            if (shown.contains(link.getSource()) && shown.contains(link.getTarget())) {
                links.add(new LayoutLink(link.getSource(), link.getTarget()));
            }
        }
        Map<Object, Placement> placements = LayoutEngine.place(kind, items, links);
        List<NodeSpec> specs = new ArrayList<>();
        for (LayoutItem item : items) {
            Placement placement = placements.get(item.key());
            specs.add(new NodeSpec(item.element(), new Bounds(placement.x(), placement.y(), item.width(),
                    item.height())));
        }
        return new NewDiagramCommand(model, new DiagramCommands(session), name, specs);
    }

    private static void addWithContents(Set<Identified> core, Identified root) {
        core.add(root);
        for (var contents = root.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object instanceof Identified identified && DiagramQuery.canShow(identified)) {
                core.add(identified);
            }
        }
    }

    private List<Identified> withEntryPointsAndLinked(Set<Identified> core) {
        Set<Identified> elements = new LinkedHashSet<>(core);
        for (EntryPoint entryPoint : model.getEntryPoints()) {
            if (core.contains(entryPoint.getAt())) {
                elements.add(entryPoint);
            }
        }
        Set<Identified> ends = Set.copyOf(elements);
        for (Link link : model.getLinks()) {
            if (ends.contains(link.getSource()) && DiagramQuery.canShow(link.getTarget())) {
                elements.add(link.getTarget());
            }
            if (ends.contains(link.getTarget()) && DiagramQuery.canShow(link.getSource())) {
                elements.add(link.getSource());
            }
        }
        return List.copyOf(elements);
    }
}
