package org.enlace.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.enlace.diagram.style.NodeSizes;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramCommands;
import org.enlace.model.commands.ModelSession;

/**
 * Lays a diagram out again: the positions come from {@link LayoutEngine} on a scratch graph, and
 * reach the model as one {@link DiagramCommands#setBounds} command, so one undo restores the
 * old layout. Node sizes stay as they are. Bendpoints drawn for the old positions would zigzag
 * across the new ones: the same command removes them.
 */
public final class DiagramLayouts {

    private final DiagramCommands commands;

    public DiagramLayouts(ModelSession session) {
        this.commands = new DiagramCommands(session);
    }

    /** The one command that moves the diagram's nodes into the layout; unexecutable when nothing would change. */
    public Command layout(Diagram diagram, LayoutKind kind) {
        CompoundCommand command = new CompoundCommand();
        Command moves = commands.setBounds(bounds(diagram, kind));
        if (moves.canExecute()) {
            command.append(moves);
            command.setLabel(moves.getLabel());
        }
        for (Edge edge : diagram.getEdges()) {
            if (!edge.getBendpoints().isEmpty()) {
                command.append(commands.setBendpoints(edge, List.of()));
            }
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** Where the layout puts each node of the diagram (sizes unchanged). */
    public static Map<Node, Bounds> bounds(Diagram diagram, LayoutKind kind) {
        List<LayoutItem> items = new ArrayList<>();
        for (Node node : diagram.getNodes()) {
            items.add(new LayoutItem(node, node.getElement(), NodeSizes.width(node.getWidth()),
                    NodeSizes.height(node.getHeight())));
        }
        List<LayoutLink> links = new ArrayList<>();
        for (Edge edge : diagram.getEdges()) {
            links.add(new LayoutLink(edge.getSource(), edge.getTarget()));
        }
        Map<Object, Placement> placements = LayoutEngine.place(kind, items, links);
        Map<Node, Bounds> bounds = new LinkedHashMap<>();
        for (Node node : diagram.getNodes()) {
            Placement placement = placements.get(node);
            bounds.put(node, new Bounds(placement.x(), placement.y(), node.getWidth(), node.getHeight()));
        }
        return bounds;
    }
}
