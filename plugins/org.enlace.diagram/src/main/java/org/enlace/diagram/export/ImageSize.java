package org.enlace.diagram.export;

/** The size in pixels of an exported image. */
public record ImageSize(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }
}
