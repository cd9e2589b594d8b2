package org.enlace.cli;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.enlace.model.Identified;

/** Short names of model objects for messages: class, code or title, and id. */
final class Labels {

    private Labels() {
    }

    static String of(EObject object) {
        if (object == null) {
            return "";
        }
        StringBuilder label = new StringBuilder(object.eClass().getName());
        String name = firstText(object, "code", "name", "title");
        if (name != null) {
            label.append(' ').append(name);
        }
        if (object instanceof Identified identified && identified.getId() != null) {
            label.append(" [").append(identified.getId()).append(']');
        }
        return label.toString();
    }

    private static String firstText(EObject object, String... features) {
        for (String name : features) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
            if (feature != null && object.eGet(feature) instanceof String text && !text.isBlank()) {
                return text.length() > 60 ? text.substring(0, 57) + "..." : text;
            }
        }
        return null;
    }
}
