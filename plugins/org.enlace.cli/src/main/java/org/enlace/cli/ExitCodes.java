package org.enlace.cli;

/** Exit codes shared by every command, so scripts and pre-commit hooks can rely on them. */
final class ExitCodes {

    static final int OK = 0;
    /** The command ran and found problems (validation errors, files not in canonical form). */
    static final int PROBLEMS = 1;
    /** A file could not be read or written, or the command line was wrong. */
    static final int UNREADABLE = 2;

    private ExitCodes() {
    }
}
