package org.enlace.model.commands;

import java.util.Iterator;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.enlace.model.Identified;

/** Identity of user objects: a UUID given once, kept through save, load, copy to another model and merge. */
public final class Ids {

    private Ids() {
    }

    /** A new identity: a UUID in XML-name form, never containing whitespace. */
    public static String newId() {
        return EcoreUtil.generateUUID();
    }

    /** Gives an identity to every object in the tree of {@code root} (itself included) that has none. */
    public static void ensure(EObject root) {
        forEachIdentified(root, identified -> {
            if (identified.getId() == null || identified.getId().isBlank()) {
                identified.setId(newId());
            }
        });
    }

    /** Gives new identities to the whole tree; for a copy pasted into the model it was copied from. */
    public static void renew(EObject root) {
        forEachIdentified(root, identified -> identified.setId(newId()));
    }

    private static void forEachIdentified(EObject root, Consumer<Identified> action) {
        if (root instanceof Identified identified) {
            action.accept(identified);
        }
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified) {
                action.accept(identified);
            }
        }
    }
}
