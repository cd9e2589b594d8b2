package org.enlace.model.commands;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Identified;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;
import org.enlace.model.validation.LinkRules;

/**
 * The undoable edits of a model. Every change made by the GUI, the diagram or the command line is
 * one of these, executed on the model's {@link ModelSession}.
 */
public final class ModelCommands {

    private final EditingDomain domain;
    private final PlanningModel model;

    public ModelCommands(ModelSession session) {
        this.domain = session.editingDomain();
        this.model = session.model();
    }

    /** Adds a new object (given an identity if it has none) to a containment of {@code owner}. */
    public Command create(EObject owner, EReference containment, EObject child) {
        Ids.ensure(child);
        Command command = AddCommand.create(domain, owner, containment, child);
        return labelled(command, "Create " + child.eClass().getName());
    }

    /** Sets one feature (attribute or reference) of an object. */
    public Command set(EObject object, EStructuralFeature feature, Object value) {
        return labelled(SetCommand.create(domain, object, feature, value), "Set " + feature.getName());
    }

    /** Draws a typed link; refused (unexecutable) when the kind does not fit its ends. */
    public Command link(Identified source, Identified target, LinkKind kind, String rationale, String author) {
        return add(newLink(source, target, kind, rationale, author));
    }

    /**
     * Adds a link made by {@link #newLink} to the model; refused (unexecutable) when its kind does
     * not fit its ends. For callers that need the link itself, e.g. to draw its diagram edge in
     * the same command.
     */
    public Command add(Link link) {
        if (!LinkRules.allows(link.getKind(), link.getSource(), link.getTarget())) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled(AddCommand.create(domain, model, EnlacePackage.Literals.PLANNING_MODEL__LINKS, link),
                "Link " + link.getKind().getLiteral());
    }

    /** A new link with its identity and creation time (UTC, to the second), in no model yet. */
    public static Link newLink(Identified source, Identified target, LinkKind kind, String rationale, String author) {
        Link link = EnlaceFactory.eINSTANCE.createLink();
        link.setId(Ids.newId());
        link.setKind(kind);
        link.setSource(source);
        link.setTarget(target);
        link.setRationale(rationale);
        link.setAuthor(author);
        link.setCreated(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return link;
    }

    /**
     * Deletes objects from the model with what cannot live without them: links from or to them,
     * and their diagram nodes and edges. References to them elsewhere are cleared.
     */
    public Command delete(Collection<? extends EObject> objects) {
        Set<EObject> doomed = whatGoesWith(objects);
        if (doomed.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled(DeleteCommand.create(domain, new ArrayList<>(doomed)), "Delete");
    }

    /** The objects {@link #delete} removes: the given ones and everything that depends on them. */
    public Set<EObject> whatGoesWith(Collection<? extends EObject> objects) {
        Set<EObject> doomed = new LinkedHashSet<>(objects);
        Set<EObject> withContents = new LinkedHashSet<>(objects);
        for (EObject object : objects) {
            object.eAllContents().forEachRemaining(withContents::add);
        }
        for (Link link : model.getLinks()) {
            if (withContents.contains(link.getSource()) || withContents.contains(link.getTarget())) {
                doomed.add(link);
                withContents.add(link);
            }
        }
        for (Diagram diagram : model.getDiagrams()) {
            for (Node node : diagram.getNodes()) {
                if (withContents.contains(node.getElement())) {
                    doomed.add(node);
                    withContents.add(node);
                }
            }
            for (Edge edge : diagram.getEdges()) {
                if (withContents.contains(edge.getLink()) || withContents.contains(edge.getSource())
                        || withContents.contains(edge.getTarget())) {
                    doomed.add(edge);
                }
            }
        }
        removeNested(doomed);
        return doomed;
    }

    /** Objects inside another doomed object go with their container; listing both confuses DeleteCommand. */
    private static void removeNested(Set<EObject> doomed) {
        List<EObject> nested = new ArrayList<>();
        for (EObject object : doomed) {
            for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
                if (doomed.contains(container)) {
                    nested.add(object);
                    break;
                }
            }
        }
        nested.forEach(doomed::remove);
    }

    private static Command labelled(Command command, String label) {
        if (command == UnexecutableCommand.INSTANCE || !command.canExecute()) {
            return command;
        }
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }

}
