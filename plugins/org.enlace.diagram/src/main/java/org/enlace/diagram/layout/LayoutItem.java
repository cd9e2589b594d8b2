package org.enlace.diagram.layout;

import org.enlace.model.Identified;

/**
 * One box to place: a key of the caller's choosing (a diagram node, or an element for a diagram
 * still to be made), the element it shows, and its size, which layouts keep.
 */
public record LayoutItem(Object key, Identified element, int width, int height) {
}
