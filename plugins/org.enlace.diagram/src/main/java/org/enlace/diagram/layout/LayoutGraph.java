package org.enlace.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.enlace.model.EntryPoint;

/**
 * The boxes to place and how they hang together: the containment of the plan's structure (a
 * goal's parent is the shown pillar or plan it sits in) and the links, both ways, plus each entry
 * point's tie to the element it enters at.
 */
final class LayoutGraph {

    final List<Box> boxes = new ArrayList<>();
    private final Map<Object, Box> byKey = new HashMap<>();
    private final Map<EObject, Box> firstByElement = new HashMap<>();
    private final Map<Box, Box> parents = new HashMap<>();
    private final Map<Box, Set<Box>> neighbours = new LinkedHashMap<>();

    LayoutGraph(List<LayoutItem> items, List<LayoutLink> links) {
        for (LayoutItem item : items) {
            Box box = new Box(item);
            boxes.add(box);
            byKey.put(item.key(), box);
            firstByElement.putIfAbsent(item.element(), box);
            neighbours.put(box, new LinkedHashSet<>());
        }
        for (Box box : boxes) {
            if (box.kind.isPlanStructure()) {
                Box parent = shownContainer(box.item.element());
                if (parent != null) {
                    parents.put(box, parent);
                }
            }
        }
        for (LayoutLink link : links) {
            tie(byKey.get(link.from()), byKey.get(link.to()));
        }
        for (Box box : boxes) {
            if (box.item.element() instanceof EntryPoint entryPoint && entryPoint.getAt() != null) {
                tie(box, firstByElement.get(entryPoint.getAt()));
            }
        }
    }

    /** The box of the nearest container of {@code element} that the diagram shows, or null. */
    private Box shownContainer(EObject element) {
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            Box box = firstByElement.get(container);
            if (box != null) {
                return box;
            }
        }
        return null;
    }

    private void tie(Box a, Box b) {
        if (a != null && b != null && a != b) {
            neighbours.get(a).add(b);
            neighbours.get(b).add(a);
        }
    }

    /** The containment parent of a plan-structure box, or null for a root. */
    Box parent(Box box) {
        return parents.get(box);
    }

    Set<Box> neighbours(Box box) {
        return neighbours.get(box);
    }

    List<Box> planStructure() {
        return boxes.stream().filter(box -> box.kind.isPlanStructure()).toList();
    }

    List<Box> besideThePlan() {
        return boxes.stream().filter(box -> !box.kind.isPlanStructure()).toList();
    }

    /** Moves every box so that the top-left of the whole lies at ({@code origin}, {@code origin}). */
    void moveTo(int origin) {
        double minX = boxes.stream().mapToDouble(box -> box.x).min().orElse(0);
        double minY = boxes.stream().mapToDouble(box -> box.y).min().orElse(0);
        for (Box box : boxes) {
            box.x = Math.round(box.x - minX) + origin;
            box.y = Math.round(box.y - minY) + origin;
        }
    }

    Map<Object, Placement> placements() {
        Map<Object, Placement> placements = new LinkedHashMap<>();
        for (Box box : boxes) {
            placements.put(box.item.key(), new Placement((int) Math.round(box.x), (int) Math.round(box.y)));
        }
        return placements;
    }
}
