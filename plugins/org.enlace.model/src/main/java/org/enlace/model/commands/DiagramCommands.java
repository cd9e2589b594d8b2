package org.enlace.model.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.enlace.model.Bendpoint;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Identified;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;
import org.enlace.model.l10n.Messages;
import org.enlace.model.l10n.Terms;

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
    private final ModelCommands modelCommands;
    private final DiagramDeletions deletions;

    public DiagramCommands(ModelSession session) {
        this.domain = session.editingDomain();
        this.model = session.model();
        this.modelCommands = new ModelCommands(session);
        this.deletions = new DiagramDeletions(domain, model, modelCommands);
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

    /**
     * Reroutes an edge through {@code points}, in order (none: a straight line). Refused when the
     * edge is not on a diagram of this model or already passes through exactly those points.
     */
    public Command setBendpoints(Edge edge, List<Point> points) {
        if (!isOurs(DiagramQuery.diagramOf(edge))) {
            return UnexecutableCommand.INSTANCE;
        }
        List<Point> now = edge.getBendpoints().stream().map(b -> new Point(b.getX(), b.getY())).toList();
        if (now.equals(points)) {
            return UnexecutableCommand.INSTANCE;
        }
        List<Bendpoint> bendpoints = new ArrayList<>();
        for (Point point : points) {
            Bendpoint bendpoint = EnlaceFactory.eINSTANCE.createBendpoint();
            bendpoint.setX(point.x());
            bendpoint.setY(point.y());
            bendpoints.add(bendpoint);
        }
        CompoundCommand command = new CompoundCommand(Messages.get("command.bendpoints"));
        command.append(SetCommand.create(domain, edge, P.getEdge_Bendpoints(), bendpoints));
        return command;
    }

    /**
     * Palette creation: puts {@code element} into {@code containment} of {@code owner} (giving it
     * and its contents an id where they have none) and shows it on {@code diagram}, as one command
     * that undo takes back whole. Refused when the diagram or the owner is not this model's, the
     * element is in a model already, or the containment does not hold such elements.
     */
    public Command createElement(Diagram diagram, EObject owner, EReference containment, Identified element,
            Bounds bounds) {
        if (!isOurs(diagram) || owner == null || owner.eResource() != model.eResource() || element == null
                || element.eContainer() != null || element.eResource() != null || !containment.isContainment()
                || !owner.eClass().getEAllContainments().contains(containment)
                || !containment.getEReferenceType().isInstance(element)) {
            return UnexecutableCommand.INSTANCE;
        }
        Command create = modelCommands.create(owner, containment, element);
        if (!create.canExecute()) {
            return UnexecutableCommand.INSTANCE;
        }
        DiagramAdditions additions = new DiagramAdditions(diagram);
        additions.add(element, bounds, null);
        CompoundCommand command = new CompoundCommand(
                Messages.get("command.create", Terms.singular(element.eClass())));
        command.append(create);
        additions.appendTo(command, domain);
        return command;
    }

    /**
     * Which link kinds may be drawn from {@code source} to {@code target}: those
     * {@link org.enlace.model.validation.LinkRules} allows between their elements, less the kinds
     * that already link them in that direction; when none is left, a sentence saying why. Two
     * nodes of different diagrams, or of one element, are refused too.
     */
    public LinkCheck check(Node source, Node target) {
        return new LinkChecks(model).check(source, target);
    }

    /**
     * Draws a link: a new link of {@code kind} between the two nodes' elements in the model, and its
     * edge on their diagram, as one command. Refused when {@link #check} does not offer the kind.
     * The link gets no edge on other diagrams that show both its ends, even though it fits there:
     * adding edges to diagrams the analyst is not looking at would surprise; {@link #addNodes} on
     * those diagrams draws it when asked.
     */
    public Command connect(Node source, Node target, LinkKind kind, String author) {
        if (!check(source, target).kinds().contains(kind)) {
            return UnexecutableCommand.INSTANCE;
        }
        Link link = ModelCommands.newLink(source.getElement(), target.getElement(), kind, null, author);
        DiagramAdditions additions = new DiagramAdditions(DiagramQuery.diagramOf(source));
        additions.draw(link);
        CompoundCommand command = new CompoundCommand(Messages.get("command.connect", Terms.linkKind(kind)));
        command.append(modelCommands.add(link));
        additions.appendTo(command, domain);
        return command;
    }

    /**
     * Takes nodes (with the edges at them) and edges off their diagrams; the elements and links
     * stay in the model and on other diagrams. Refused when the collection is empty or holds
     * anything but nodes and edges of this model's diagrams.
     */
    public Command removeFromDiagram(Collection<? extends EObject> nodesOrEdges) {
        return deletions.removeFromDiagram(nodesOrEdges);
    }

    /**
     * Deletes elements from the model, given directly or through their nodes (their element) and
     * edges (their link), with everything that goes with them: contents, links from or to them,
     * and their nodes and edges on every diagram ({@link ModelCommands#delete}). Refused when
     * nothing is chosen or a catalogue entry is (catalogues are read-only); {@link #deletionSummary}
     * says what would go, to ask first.
     */
    public Command deleteFromModel(Collection<? extends EObject> elements) {
        return deletions.deleteFromModel(elements);
    }

    /** What {@link #deleteFromModel} would take away, as counts and as a question for the analyst. */
    public DeletionSummary deletionSummary(Collection<? extends EObject> elements) {
        return deletions.summary(elements);
    }

    /**
     * Inline label edit: sets the element's title, or its name where it has a name instead
     * (institutions, diagrams), to {@code text} without surrounding blanks. Refused for catalogue
     * entries (read-only), for elements with neither, for blank or unchanged text, and for a
     * diagram name another diagram has.
     */
    public Command rename(Identified element, String text) {
        EAttribute attribute = element == null ? null : ElementTexts.labelAttribute(element);
        if (attribute == null || element.eResource() != model.eResource() || text == null || text.isBlank()) {
            return UnexecutableCommand.INSTANCE;
        }
        String stripped = text.strip();
        if (stripped.equals(element.eGet(attribute))
                || element instanceof Diagram && DiagramQuery.byName(model, stripped).isPresent()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(Messages.get("command.rename"));
        command.append(SetCommand.create(domain, element, attribute, stripped));
        return command;
    }

    /**
     * Pastes a clipboard into {@code target}: {@code offset} is where the copied selection's
     * top-left corner goes, and each node keeps its place relative to it (to paste beside the
     * original, use the clipboard's {@link DiagramClipboard#origin() origin} plus a step). Then:
     * <ul>
     * <li>an element the diagram does not show yet gets a new node showing the same element (same
     * element id; this is paste between diagrams), with edges for its links to what the diagram
     * shows;</li>
     * <li>an element the diagram shows already (paste into the same diagram) is copied in the model:
     * new ids for it and everything inside it, same container, title followed by " (copy)"; the
     * copy gets the node;</li>
     * <li>a catalogue entry the diagram shows already is skipped: catalogues are never copied;</li>
     * <li>links among the copied elements with a copied end are copied too (new ids, same kind,
     * rationale, author and date), and drawn.</li>
     * </ul>
     * Elements deleted since the copy are left out. One command; undo takes away all it pasted.
     * Refused when the diagram is not this model's or nothing would be pasted.
     */
    public Command paste(Diagram target, DiagramClipboard clipboard, Point offset) {
        if (!isOurs(target) || clipboard.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return new DiagramPaste(domain, model).paste(target, clipboard, offset);
    }

    /**
     * Shows the neighbours of the given nodes' elements: the elements at the other end of links of
     * {@code kinds} (either direction) that the diagram does not show yet, in a row below the given
     * nodes, moved right past existing nodes so that none overlaps, with edges for their links to
     * what the diagram shows. Refused when a node is not on {@code diagram} or nothing is new.
     */
    public Command addRelated(Diagram diagram, Collection<Node> nodes, Set<LinkKind> kinds) {
        if (!isOurs(diagram) || nodes.isEmpty() || nodes.stream().anyMatch(n -> DiagramQuery.diagramOf(n) != diagram)) {
            return UnexecutableCommand.INSTANCE;
        }
        DiagramAdditions additions = new DiagramAdditions(diagram);
        Set<EObject> elements = new LinkedHashSet<>();
        nodes.forEach(node -> elements.add(node.getElement()));
        List<Identified> neighbours = RelatedElements.neighbours(model.getLinks(), elements, kinds, additions);
        List<Bounds> occupied = diagram.getNodes().stream().map(Bounds::of).toList();
        List<Bounds> row = RelatedElements.row(List.copyOf(nodes), neighbours.size(), occupied);
        for (int i = 0; i < neighbours.size(); i++) {
            additions.add(neighbours.get(i), row.get(i), null);
        }
        Set<EObject> added = new LinkedHashSet<>(neighbours);
        additions.drawLinks(model.getLinks().stream()
                .filter(link -> added.contains(link.getSource()) || added.contains(link.getTarget())).toList());
        return commandOf(additions, Messages.get("command.addRelated"));
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
