package org.enlace.diagram.layout;

/** Where a layout puts an item's top-left corner. */
public record Placement(int x, int y) {
}
