package org.enlace.model.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.enlace.model.Diagram;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;
import org.enlace.model.l10n.Messages;
import org.enlace.model.l10n.Terms;
import org.enlace.model.validation.LinkRules;

/**
 * Decides which links may be drawn between two nodes and words the refusals: the kinds
 * {@link LinkRules} allows between the two elements, less those already linking them in that
 * direction (a second link of the same kind would be a validation error).
 */
final class LinkChecks {

    private final PlanningModel model;

    LinkChecks(PlanningModel model) {
        this.model = model;
    }

    /** Nodes of another model's diagram are refused like nodes of two diagrams: no link can join them here. */
    LinkCheck check(Node source, Node target) {
        Diagram diagram = DiagramQuery.diagramOf(source);
        if (target == null || diagram == null || diagram.eContainer() != model
                || diagram != DiagramQuery.diagramOf(target)) {
            return LinkCheck.refused(Messages.get("link.refused.otherDiagram"));
        }
        EObject from = source.getElement();
        EObject to = target.getElement();
        if (from == to) {
            return LinkCheck.refused(Messages.get("link.refused.self"));
        }
        List<LinkKind> allowed = LinkRules.allowedKinds(from, to);
        if (allowed.isEmpty()) {
            return LinkCheck.refused(noKindFits(from.eClass(), to.eClass()));
        }
        List<LinkKind> free = new ArrayList<>(allowed);
        free.removeAll(kindsBetween(from, to));
        if (free.isEmpty()) {
            return LinkCheck.refused(Terms.sentence(Messages.get("link.refused.drawn", Terms.withArticle(from.eClass()),
                    Terms.withArticle(to.eClass()), Terms.list(allowed.stream().map(Terms::linkKind).toList()))));
        }
        return LinkCheck.allowed(free);
    }

    private List<LinkKind> kindsBetween(EObject from, EObject to) {
        return model.getLinks().stream().filter(link -> link.getSource() == from && link.getTarget() == to)
                .map(Link::getKind).toList();
    }

    /** Says where links from this kind of element may go or, when none may start there, where links start. */
    private static String noKindFits(EClass from, EClass to) {
        Set<EClass> reachable = new LinkedHashSet<>();
        Set<EClass> starts = new LinkedHashSet<>();
        for (LinkKind kind : LinkKind.VALUES) {
            starts.addAll(LinkRules.sources(kind));
            if (LinkRules.sources(kind).stream().anyMatch(source -> source.isSuperTypeOf(from))) {
                reachable.addAll(LinkRules.targets(kind));
            }
        }
        String fromText = Terms.withArticle(from);
        String toText = Terms.withArticle(to);
        if (reachable.isEmpty()) {
            return Terms.sentence(Messages.get("link.refused.source", fromText, toText, plurals(starts)));
        }
        return Terms.sentence(Messages.get("link.refused.kinds", fromText, toText, Terms.plural(from),
                plurals(reachable)));
    }

    /** The kinds in the order the metamodel declares them (plans first, catalogues last), in the plural. */
    private static String plurals(Set<EClass> kinds) {
        List<EClass> classifiers = kinds.stream()
                .sorted(Comparator.comparingInt(EnlacePackage.eINSTANCE.getEClassifiers()::indexOf)).toList();
        return Terms.list(classifiers.stream().map(Terms::plural).toList());
    }
}
