package org.enlace.model.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.enlace.model.Edge;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Identified;
import org.enlace.model.Node;
import org.enlace.model.l10n.Messages;
import org.enlace.model.l10n.Terms;

/**
 * What deleting from the model would take away, for the question the editor asks first ("Delete
 * goal “Empleo formal”? This also removes 1 target, 2 links and 3 diagram shapes.").
 *
 * @param elements the elements chosen (nodes and edges stand for their element and link)
 * @param alsoRemoved how many other objects go with them, by kind, in the metamodel's order: the
 *        elements inside the chosen ones and the links from or to any of them
 * @param shapes how many nodes and edges go, on every diagram
 * @param readOnly chosen catalogue entries, which cannot be deleted; when there is one, nothing is
 * @param sentence the question, or why there is nothing to delete, in the user's language
 */
public record DeletionSummary(List<EObject> elements, Map<EClass, Integer> alsoRemoved, int shapes,
        List<EObject> readOnly, String sentence) {

    public DeletionSummary {
        elements = List.copyOf(elements);
        alsoRemoved = Collections.unmodifiableMap(new LinkedHashMap<>(alsoRemoved));
        readOnly = List.copyOf(readOnly);
    }

    /** Whether the deletion can happen: something is chosen and none of it is a catalogue entry. */
    public boolean canDelete() {
        return !elements.isEmpty() && readOnly.isEmpty();
    }

    static DeletionSummary of(List<EObject> elements, Collection<EObject> doomed, List<EObject> readOnly) {
        if (!readOnly.isEmpty()) {
            return new DeletionSummary(elements, Map.of(), 0, readOnly, readOnlySentence(readOnly));
        }
        if (elements.isEmpty()) {
            return new DeletionSummary(elements, Map.of(), 0, readOnly, Messages.get("delete.nothing"));
        }
        Map<EClass, Integer> counts = new LinkedHashMap<>();
        int shapes = 0;
        for (EObject object : withContents(doomed)) {
            if (object instanceof Node || object instanceof Edge) {
                shapes++;
            } else if (object instanceof Identified && !elements.contains(object)) {
                counts.merge(object.eClass(), 1, Integer::sum);
            }
        }
        Map<EClass, Integer> ordered = new LinkedHashMap<>();
        counts.keySet().stream().sorted(Comparator.comparingInt(EnlacePackage.eINSTANCE.getEClassifiers()::indexOf))
                .forEach(kind -> ordered.put(kind, counts.get(kind)));
        return new DeletionSummary(elements, ordered, shapes, readOnly, question(elements, ordered, shapes));
    }

    private static Set<EObject> withContents(Collection<EObject> objects) {
        Set<EObject> all = new LinkedHashSet<>();
        for (EObject object : objects) {
            all.add(object);
            object.eAllContents().forEachRemaining(all::add);
        }
        return all;
    }

    private static String question(List<EObject> elements, Map<EClass, Integer> alsoRemoved, int shapes) {
        String question = elements.size() == 1
                ? Messages.get("delete.one", Terms.singular(elements.get(0).eClass()),
                        ElementTexts.label(elements.get(0)))
                : Messages.get("delete.many", elements.size());
        List<String> parts = new ArrayList<>();
        alsoRemoved.forEach((kind, count) -> parts.add(Terms.count(count, kind)));
        if (shapes > 0) {
            parts.add(Terms.shapes(shapes));
        }
        return parts.isEmpty() ? question : question + " " + Messages.get("delete.also", Terms.list(parts));
    }

    private static String readOnlySentence(List<EObject> readOnly) {
        List<String> names = readOnly.stream()
                .map(entry -> Terms.singular(entry.eClass()) + " " + ElementTexts.label(entry)).toList();
        String key = readOnly.size() == 1 ? "delete.readOnly.one" : "delete.readOnly.many";
        return Terms.sentence(Messages.get(key, Terms.list(names)));
    }
}
