package org.enlace.cli;

/** A value on the command line that names nothing (an element code, an SDG target); the message says which. */
final class UsageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageProblem(String message) {
        super(message);
    }
}
