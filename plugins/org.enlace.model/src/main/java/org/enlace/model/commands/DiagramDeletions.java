package org.enlace.model.commands;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;
import org.enlace.model.catalog.Catalogs;
import org.enlace.model.l10n.Messages;

/**
 * The two ways shapes leave a diagram: removed from the diagram only (the model keeps the
 * elements and links), or deleted from the model with everything that depends on them.
 */
final class DiagramDeletions {

    private static final EnlacePackage P = EnlacePackage.eINSTANCE;

    private final EditingDomain domain;
    private final PlanningModel model;
    private final ModelCommands modelCommands;

    DiagramDeletions(EditingDomain domain, PlanningModel model, ModelCommands modelCommands) {
        this.domain = domain;
        this.model = model;
        this.modelCommands = modelCommands;
    }

    Command removeFromDiagram(Collection<? extends EObject> nodesOrEdges) {
        Map<Diagram, Set<Node>> nodes = new LinkedHashMap<>();
        Map<Diagram, Set<Edge>> edges = new LinkedHashMap<>();
        for (EObject object : nodesOrEdges) {
            Diagram diagram = DiagramQuery.diagramOf(object);
            if (!isOurs(diagram)) {
                return UnexecutableCommand.INSTANCE;
            }
            if (object instanceof Node node) {
                nodes.computeIfAbsent(diagram, d -> new LinkedHashSet<>()).add(node);
            } else {
                edges.computeIfAbsent(diagram, d -> new LinkedHashSet<>()).add((Edge) object);
            }
        }
        nodes.forEach((diagram, gone) -> DiagramQuery.edgesAt(diagram, gone)
                .forEach(edge -> edges.computeIfAbsent(diagram, d -> new LinkedHashSet<>()).add(edge)));
        if (nodes.isEmpty() && edges.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        // Edges first, so that undo puts the nodes back before the edges that join them.
        CompoundCommand command = new CompoundCommand(Messages.get("command.removeFromDiagram"));
        edges.forEach((diagram, gone) -> command.append(RemoveCommand.create(domain, diagram, P.getDiagram_Edges(),
                List.copyOf(gone))));
        nodes.forEach((diagram, gone) -> command.append(RemoveCommand.create(domain, diagram, P.getDiagram_Nodes(),
                List.copyOf(gone))));
        return command;
    }

    Command deleteFromModel(Collection<? extends EObject> elements) {
        List<EObject> chosen = chosenForDeletion(elements);
        if (chosen.isEmpty() || !readOnly(chosen).isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Command delete = modelCommands.delete(chosen);
        if (!delete.canExecute()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(Messages.get("command.deleteFromModel"));
        command.append(delete);
        return command;
    }

    DeletionSummary summary(Collection<? extends EObject> elements) {
        List<EObject> chosen = chosenForDeletion(elements);
        List<EObject> readOnly = readOnly(chosen);
        return DeletionSummary.of(chosen, readOnly.isEmpty() ? modelCommands.whatGoesWith(chosen) : Set.of(),
                readOnly);
    }

    /**
     * Nodes stand for their element and edges for their link; duplicates count once. Objects in
     * neither this model nor a catalogue (deleted meanwhile, or another model's) are left out.
     */
    private List<EObject> chosenForDeletion(Collection<? extends EObject> objects) {
        Set<EObject> chosen = new LinkedHashSet<>();
        for (EObject object : objects) {
            EObject element = switch (object) {
                case Node node -> node.getElement();
                case Edge edge -> edge.getLink();
                default -> object;
            };
            if (element != null && !(element instanceof PlanningModel)
                    && (element.eResource() == model.eResource() || isCatalogueEntry(element))) {
                chosen.add(element);
            }
        }
        return List.copyOf(chosen);
    }

    private static List<EObject> readOnly(List<EObject> chosen) {
        return chosen.stream().filter(DiagramDeletions::isCatalogueEntry).toList();
    }

    private static boolean isCatalogueEntry(EObject object) {
        return Catalogs.isCatalogResource(object.eResource());
    }

    private boolean isOurs(Diagram diagram) {
        return diagram != null && diagram.eContainer() == model;
    }
}
