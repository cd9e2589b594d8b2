package org.enlace.diagram.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.enlace.diagram.style.DiagramStyles;
import org.enlace.diagram.style.DiagramText;
import org.enlace.diagram.style.NodeSizes;
import org.enlace.diagram.window.WindowText;
import org.enlace.model.Diagram;
import org.enlace.model.Identified;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramCommands;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.commands.Point;

/**
 * The palette's logic: which element a new plan element goes into, and the one command that
 * creates it and shows it on the diagram. The container is found by these rules, in order:
 * <ol>
 * <li>plans (national, sectoral, subnational), entry points and institutions belong to the model;</li>
 * <li>any other kind goes into the first element, looking at the selected nodes first and then at
 * every node of the diagram in its order, that can hold it, or else into the nearest element that
 * contains that one and can hold it. So a pillar goes into the selected plan (or the plan of a
 * selected goal); a goal into the selected pillar or plan; a target into the selected goal; an
 * indicator into the selected target or goal; selecting an element of the same kind adds a
 * sibling; with nothing suitable selected, the diagram's first plan, pillar, goal or target (in
 * node order) that can hold it takes it;</li>
 * <li>catalogue entries never hold anything: they are read-only;</li>
 * <li>when neither the selection nor the diagram offers a container, creation is refused with a
 * sentence saying what to add or select first.</li>
 * </ol>
 * The new element is titled "New goal" (in the model's language, since the title is model
 * content) and its node goes where the analyst clicked, or in a free row under the diagram.
 */
public final class PalettePresenter {

    private final ModelSession session;
    private final Diagram diagram;
    private final DiagramCommands commands;
    private final DiagramStyles styles;

    public PalettePresenter(ModelSession session, Diagram diagram) {
        this.session = session;
        this.diagram = diagram;
        this.commands = new DiagramCommands(session);
        this.styles = DiagramStyles.of(session.model(), session.catalogs());
    }

    /** Where a new element of {@code kind} would go, given the selected nodes; empty when nowhere. */
    public Optional<Container> containerFor(PaletteKind kind, List<Node> selection) {
        if (kind.isTopLevel()) {
            return referenceOf(session.model(), kind);
        }
        List<EObject> candidates = new ArrayList<>();
        selection.forEach(node -> candidates.add(node.getElement()));
        diagram.getNodes().forEach(node -> candidates.add(node.getElement()));
        for (EObject candidate : candidates) {
            for (EObject owner = candidate; owner != null; owner = owner.eContainer()) {
                Optional<Container> container = referenceOf(owner, kind);
                if (container.isPresent()) {
                    return container;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Creates an element of {@code kind} as one command on the session's stack: into
     * {@link #containerFor its container}, shown at {@code at} (its top-left corner), or in a free
     * row when {@code at} is null. Refused, with the reason, when there is no container.
     */
    public Creation create(PaletteKind kind, List<Node> selection, Point at) {
        Optional<Container> container = containerFor(kind, selection);
        if (container.isEmpty()) {
            return Creation.refused(WindowText.get("palette.noContainer." + kind.key()));
        }
        Identified element = (Identified) EcoreUtil.create(kind.eClass());
        EStructuralFeature label = element.eClass().getEStructuralFeature(
                kind == PaletteKind.INSTITUTION ? "name" : "title");
        element.eSet(label, defaultTitle(kind));
        NodeSizes.Size size = styles.newNodeSize(element);
        Bounds bounds = at == null ? FreePlaces.rowBelow(diagram, List.of(size)).get(0)
                : new Bounds(at.x(), at.y(), size.width(), size.height());
        Command command = commands.createElement(diagram, container.get().owner(), container.get().containment(),
                element, bounds);
        if (!session.execute(command)) {
            return Creation.refused(WindowText.get("palette.refused"));
        }
        return Creation.made(DiagramQuery.nodeOf(diagram, element).orElseThrow());
    }

    /** "New goal", "Nueva meta": in the model's language, because the title belongs to the model. */
    public String defaultTitle(PaletteKind kind) {
        Locale locale = DiagramText.localeOf(session.model().getLanguage());
        return WindowText.get(locale, "palette." + kind.key() + ".title");
    }

    /** The containment of {@code owner} that holds {@code kind}; none for catalogue entries, which are read-only. */
    private Optional<Container> referenceOf(EObject owner, PaletteKind kind) {
        if (owner.eResource() != session.model().eResource()) {
            return Optional.empty();
        }
        for (EReference reference : owner.eClass().getEAllContainments()) {
            if (reference.getEReferenceType().isSuperTypeOf(kind.eClass())) {
                return Optional.of(new Container(owner, reference));
            }
        }
        return Optional.empty();
    }

    /** An element that holds the new one, and the containment it goes into ({@code Plan.pillars}). */
    public record Container(EObject owner, EReference containment) {
    }

    /** What a palette gesture did: the new node, or the reason it was refused. */
    public record Creation(Optional<Node> node, String refusal) {

        static Creation made(Node node) {
            return new Creation(Optional.of(node), null);
        }

        static Creation refused(String reason) {
            return new Creation(Optional.empty(), reason);
        }
    }
}
