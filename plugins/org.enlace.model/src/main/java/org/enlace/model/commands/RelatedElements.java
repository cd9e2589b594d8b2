package org.enlace.model.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.enlace.model.Identified;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;

/** "Add related elements": which neighbours to show, and where their nodes go. */
final class RelatedElements {

    /** Space between placed nodes, and between the source nodes and the row below them. */
    static final int GAP = 40;
    static final int DEFAULT_WIDTH = 160;
    static final int DEFAULT_HEIGHT = 60;

    private RelatedElements() {
    }

    /**
     * The elements at the other end of links of {@code kinds} from or to {@code elements}, in the
     * model's link order, without those {@code shown} already.
     */
    static List<Identified> neighbours(List<Link> links, Set<? extends EObject> elements, Set<LinkKind> kinds,
            DiagramAdditions shown) {
        Set<Identified> found = new LinkedHashSet<>();
        for (Link link : links) {
            if (!kinds.contains(link.getKind())) {
                continue;
            }
            if (elements.contains(link.getSource())) {
                found.add(link.getTarget());
            }
            if (elements.contains(link.getTarget())) {
                found.add(link.getSource());
            }
        }
        found.removeIf(element -> shown.shows(element) || !DiagramQuery.canShow(element));
        return List.copyOf(found);
    }

    /**
     * {@code count} bounds in a row below the source nodes, from their left edge rightwards, each
     * the size of the first source node, skipping to the right past anything in {@code occupied}.
     */
    static List<Bounds> row(List<? extends Node> sources, int count, Collection<Bounds> occupied) {
        Node first = sources.get(0);
        int width = first.getWidth() > 0 ? first.getWidth() : DEFAULT_WIDTH;
        int height = first.getHeight() > 0 ? first.getHeight() : DEFAULT_HEIGHT;
        int x = sources.stream().mapToInt(Node::getX).min().orElse(0);
        int y = sources.stream().mapToInt(node -> node.getY() + node.getHeight()).max().orElse(0) + GAP;
        List<Bounds> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Bounds candidate = new Bounds(x, y, width, height);
            while (overlapsAny(candidate, occupied) || overlapsAny(candidate, placed)) {
                candidate = candidate.translate(width + GAP, 0);
            }
            placed.add(candidate);
            x = candidate.right() + GAP;
        }
        return placed;
    }

    private static boolean overlapsAny(Bounds candidate, Collection<Bounds> others) {
        return others.stream().anyMatch(candidate::overlaps);
    }
}
