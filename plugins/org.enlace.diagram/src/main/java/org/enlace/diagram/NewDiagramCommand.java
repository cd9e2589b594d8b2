package org.enlace.diagram;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.enlace.model.Diagram;
import org.enlace.model.PlanningModel;
import org.enlace.model.commands.DiagramCommands;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.NodeSpec;
import org.enlace.model.l10n.Messages;

/**
 * New diagram, then its nodes: one entry on the command stack. The nodes can only be made once
 * the diagram exists, so the second command is made while the first has just run; undo and redo
 * then replay both like any compound.
 */
final class NewDiagramCommand extends CompoundCommand {

    private final PlanningModel model;
    private final DiagramCommands commands;
    private final String name;
    private final List<NodeSpec> specs;
    private final Command create;

    NewDiagramCommand(PlanningModel model, DiagramCommands commands, String name, List<NodeSpec> specs) {
        super(Messages.get("command.newDiagram", name == null ? "" : name.strip()));
        this.model = model;
        this.commands = commands;
        this.name = name;
        this.specs = List.copyOf(specs);
        this.create = commands.newDiagram(name);
    }

    @Override
    protected boolean prepare() {
        return !specs.isEmpty() && create.canExecute();
    }

    @Override
    public void execute() {
        appendAndExecute(create);
        Diagram diagram = DiagramQuery.byName(model, name).orElseThrow();
        appendAndExecute(commands.addNodes(diagram, specs));
    }
}
