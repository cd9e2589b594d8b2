package org.enlace.model.commands;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.enlace.model.Diagram;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;
import org.enlace.model.l10n.Messages;

/**
 * The undoable edits of diagrams, for the diagram editor and the command line. Each method returns
 * one command for one gesture (compound where the gesture changes several things), to be run on
 * the session's stack, or {@link UnexecutableCommand#INSTANCE} when the gesture is refused; nothing
 * here changes the model by itself. Labels are in the user's language, for the Undo menu.
 */
public final class DiagramCommands {

    private static final EnlacePackage P = EnlacePackage.eINSTANCE;

    private final EditingDomain domain;
    private final PlanningModel model;

    public DiagramCommands(ModelSession session) {
        this.domain = session.editingDomain();
        this.model = session.model();
    }

    /**
     * Adds an empty diagram called {@code name} (blanks around it dropped) to the model; after it
     * runs, the command's result holds the diagram. Refused for a blank name or one that another
     * diagram of the model has.
     */
    public Command newDiagram(String name) {
        if (name == null || name.isBlank() || DiagramQuery.byName(model, name).isPresent()) {
            return UnexecutableCommand.INSTANCE;
        }
        Diagram diagram = EnlaceFactory.eINSTANCE.createDiagram();
        diagram.setId(Ids.newId());
        diagram.setName(name.strip());
        CompoundCommand command = new CompoundCommand(Messages.get("command.newDiagram", diagram.getName()));
        command.append(AddCommand.create(domain, model, P.getPlanningModel_Diagrams(), diagram));
        return command;
    }

    /**
     * Shows elements on a diagram: a node for each element it does not show yet (an element
     * appears at most once per diagram, and may appear on many diagrams), and an edge for every
     * link of the model whose two ends are then shown and that has no edge there yet, including
     * links drawn earlier on other diagrams. Refused when the diagram is not this model's, when an
     * element cannot be shown (see {@link DiagramQuery#canShow}), or when nothing would be added.
     */
    public Command addNodes(Diagram diagram, List<NodeSpec> specs) {
        if (!isOurs(diagram) || specs.stream().anyMatch(spec -> !DiagramQuery.canShow(spec.element()))) {
            return UnexecutableCommand.INSTANCE;
        }
        DiagramAdditions additions = new DiagramAdditions(diagram);
        specs.forEach(spec -> additions.add(spec.element(), spec.bounds(), null));
        additions.drawLinks(model.getLinks());
        return commandOf(additions, Messages.get("command.addNodes"));
    }

    /**
     * Moves and resizes any number of nodes, possibly on several diagrams, as one command: a
     * multi-selection drag or a layout is undone in one step. Only the values that change are set;
     * refused when nothing changes or a node is not on a diagram of this model.
     */
    public Command setBounds(Map<Node, Bounds> bounds) {
        CompoundCommand command = new CompoundCommand();
        boolean resized = false;
        for (Map.Entry<Node, Bounds> entry : bounds.entrySet()) {
            Node node = entry.getKey();
            Bounds wanted = entry.getValue();
            if (!isOurs(DiagramQuery.diagramOf(node))) {
                return UnexecutableCommand.INSTANCE;
            }
            appendSet(command, node, P.getNode_X(), node.getX(), wanted.x());
            appendSet(command, node, P.getNode_Y(), node.getY(), wanted.y());
            resized |= appendSet(command, node, P.getNode_Width(), node.getWidth(), wanted.width());
            resized |= appendSet(command, node, P.getNode_Height(), node.getHeight(), wanted.height());
        }
        if (command.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        command.setLabel(Messages.get(resized ? "command.resize" : "command.move"));
        return command;
    }

    private boolean appendSet(CompoundCommand command, Node node, EAttribute attribute, int now, int wanted) {
        if (now == wanted) {
            return false;
        }
        command.append(SetCommand.create(domain, node, attribute, wanted));
        return true;
    }

    private boolean isOurs(Diagram diagram) {
        return diagram != null && diagram.eContainer() == model;
    }

    private Command commandOf(DiagramAdditions additions, String label) {
        if (additions.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(label);
        additions.appendTo(command, domain);
        return command;
    }
}
