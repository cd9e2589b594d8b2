package org.enlace.diagram.export;

/** An image would need more pixels than Enlace paints at once; a smaller scale or SVG will do. */
public final class ImageTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImageSize size;

    ImageTooLargeException(ImageSize size, long maxPixels) {
        super("image of " + size.width() + " x " + size.height() + " pixels, more than " + maxPixels);
        this.size = size;
    }

    public ImageSize size() {
        return size;
    }
}
