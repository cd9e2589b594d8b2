package org.enlace.model.commands;

import java.util.Objects;

import org.enlace.model.Identified;

/**
 * A node to put on a diagram: the model or catalogue element it shows, and its bounds.
 *
 * @param element the element shown; an element appears at most once per diagram
 * @param bounds where the node goes
 */
public record NodeSpec(Identified element, Bounds bounds) {

    public NodeSpec {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(bounds, "bounds");
    }
}
