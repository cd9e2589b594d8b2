package org.enlace.model.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.enlace.model.Diagram;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Identified;
import org.enlace.model.Link;
import org.enlace.model.PlanningModel;
import org.enlace.model.catalog.Catalogs;
import org.enlace.model.l10n.Messages;

/**
 * Paste of a {@link DiagramClipboard} into a diagram, gathered into one command. An element the
 * diagram does not show yet gets a node showing that same element; an element it shows already is
 * copied in the model (new ids, same container, title marked as a copy) and the copy gets the node;
 * a catalogue entry it shows already is skipped. Links among the copied elements follow the
 * copies: a link with a copied end is copied too, with new ids.
 */
final class DiagramPaste {

    private final EditingDomain domain;
    private final PlanningModel model;

    DiagramPaste(EditingDomain domain, PlanningModel model) {
        this.domain = domain;
        this.model = model;
    }

    Command paste(Diagram target, DiagramClipboard clipboard, Point offset) {
        List<DiagramClipboard.Entry> entries = clipboard.entries().stream()
                .filter(entry -> isPasteable(entry.element())).toList();
        DiagramAdditions additions = new DiagramAdditions(target);
        Set<Identified> shown = new LinkedHashSet<>();
        Set<Identified> toCopy = new LinkedHashSet<>();
        for (DiagramClipboard.Entry entry : entries) {
            if (additions.shows(entry.element())) {
                shown.add(entry.element());
                if (!isCatalogueEntry(entry.element())) {
                    toCopy.add(entry.element());
                }
            }
        }
        // One copier for all, so references among the copied elements point to the copies.
        List<Identified> roots = toCopy.stream().filter(element -> !isInsideAnother(element, toCopy)).toList();
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        copier.copyAll(roots);
        copier.copyReferences();
        roots.forEach(root -> markAsCopy(copier.get(root)));

        Set<EObject> sameElements = new HashSet<>();
        for (DiagramClipboard.Entry entry : entries) {
            Bounds bounds = entry.bounds().translate(offset.x(), offset.y());
            if (!shown.contains(entry.element())) {
                additions.add(entry.element(), bounds, entry.style());
                sameElements.add(entry.element());
            } else if (toCopy.contains(entry.element())) {
                additions.add((Identified) copier.get(entry.element()), bounds, entry.style());
            }
        }
        List<Link> linkCopies = copyLinks(clipboard.links(), copier);
        linkCopies.forEach(additions::draw);
        additions.drawLinks(model.getLinks().stream()
                .filter(link -> sameElements.contains(link.getSource()) || sameElements.contains(link.getTarget()))
                .toList());
        return command(roots, copier, linkCopies, additions);
    }

    private Command command(List<Identified> roots, EcoreUtil.Copier copier, List<Link> linkCopies,
            DiagramAdditions additions) {
        if (roots.isEmpty() && additions.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(Messages.get("command.paste"));
        for (Identified root : roots) {
            command.append(AddCommand.create(domain, root.eContainer(), root.eContainmentFeature(), copier.get(root)));
        }
        if (!linkCopies.isEmpty()) {
            command.append(AddCommand.create(domain, model, EnlacePackage.Literals.PLANNING_MODEL__LINKS, linkCopies));
        }
        additions.appendTo(command, domain);
        return command;
    }

    /** Copies of the links that have an end among the copied objects, joined to the copies, with new ids. */
    private static List<Link> copyLinks(List<Link> links, EcoreUtil.Copier copier) {
        List<Link> copies = new ArrayList<>();
        for (Link link : links) {
            EObject source = copier.get(link.getSource());
            EObject target = copier.get(link.getTarget());
            if (link.eContainer() != null && (source != null || target != null)) {
                Link copy = EcoreUtil.copy(link);
                copy.setId(Ids.newId());
                copy.setSource(source != null ? (Identified) source : link.getSource());
                copy.setTarget(target != null ? (Identified) target : link.getTarget());
                copies.add(copy);
            }
        }
        return copies;
    }

    private static void markAsCopy(EObject copy) {
        Ids.renew(copy);
        EAttribute label = ElementTexts.labelAttribute(copy);
        if (label != null && copy.eGet(label) instanceof String title && !title.isBlank()) {
            copy.eSet(label, Messages.get("paste.copyTitle", title));
        }
    }

    /** Elements of this model and catalogue entries still in place; what was deleted since the copy is left out. */
    private boolean isPasteable(Identified element) {
        return DiagramQuery.canShow(element)
                && (element.eResource() == model.eResource() || isCatalogueEntry(element));
    }

    private static boolean isCatalogueEntry(EObject element) {
        return Catalogs.isCatalogResource(element.eResource());
    }

    private static boolean isInsideAnother(EObject element, Set<? extends EObject> elements) {
        return element.eContainer() != null && DiagramClipboard.isWithin(element.eContainer(), elements);
    }
}
