package org.enlace.diagram.layout;

import org.enlace.diagram.style.ElementKind;

/** An item being placed: its size is fixed, its position is what the layout works out. */
final class Box {

    final LayoutItem item;
    final ElementKind kind;
    final int width;
    final int height;
    double x;
    double y;

    Box(LayoutItem item) {
        this.item = item;
        this.kind = ElementKind.of(item.element());
        this.width = Math.max(1, item.width());
        this.height = Math.max(1, item.height());
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    double centerX() {
        return x + width / 2.0;
    }

    double centerY() {
        return y + height / 2.0;
    }

    /** Whether the two boxes come closer than {@code gap} (touching at exactly {@code gap} is fine). */
    boolean crowds(Box other, double gap) {
        return x < other.right() + gap && other.x < right() + gap
                && y < other.bottom() + gap && other.y < bottom() + gap;
    }
}
