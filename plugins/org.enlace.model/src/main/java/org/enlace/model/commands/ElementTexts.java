package org.enlace.model.commands;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.enlace.model.CatalogEntry;
import org.enlace.model.Identified;
import org.enlace.model.Link;
import org.enlace.model.PlanElement;

/** The text an element is known by: the attribute its label edits, and how messages name it. */
final class ElementTexts {

    private ElementTexts() {
    }

    /**
     * The attribute an analyst edits as the element's label: its title, or its name where the
     * metamodel has a name instead (institutions, diagrams); {@code null} when it has neither.
     * Catalogue entries have neither: their titles are per language and read-only.
     */
    static EAttribute labelAttribute(EObject element) {
        for (String name : new String[] {"title", "name"}) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
            if (feature instanceof EAttribute attribute && !attribute.isMany()
                    && attribute.getEAttributeType().getInstanceClass() == String.class) {
                return attribute;
            }
        }
        return null;
    }

    /**
     * How a message names the element: a catalogue entry by its code, a link by its ends
     * ("Empleo formal → 10.7"), others by title or name, then code, then id.
     */
    static String label(EObject element) {
        if (element instanceof CatalogEntry entry) {
            return entry.getId();
        }
        if (element instanceof Link link && link.getSource() != null && link.getTarget() != null) {
            return label(link.getSource()) + " → " + label(link.getTarget());
        }
        EAttribute attribute = labelAttribute(element);
        Object text = attribute == null ? null : element.eGet(attribute);
        if (text instanceof String title && !title.isBlank()) {
            return title;
        }
        if (element instanceof PlanElement planElement && planElement.getCode() != null
                && !planElement.getCode().isBlank()) {
            return planElement.getCode();
        }
        return element instanceof Identified identified ? identified.getId() : element.eClass().getName();
    }
}
