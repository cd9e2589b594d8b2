package org.enlace.corpus;

/** A metadata value (on the command line or in a sidecar file) that Enlace cannot use; the message says which and why. */
public final class MetadataException extends Exception {

    private static final long serialVersionUID = 1L;

    public MetadataException(String message) {
        super(message);
    }
}
