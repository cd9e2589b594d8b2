package org.enlace.diagram.layout;

/** A line between two items (by their keys) that layouts keep short: a link of the model. */
public record LayoutLink(Object from, Object to) {
}
