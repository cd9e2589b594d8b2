package org.enlace.model.persistence;

import java.nio.file.Path;

import org.enlace.model.l10n.Messages;

/**
 * A model file could not be loaded. Names the file, the line and column (0 when unknown), what is
 * wrong and, through its {@link LoadProblem}, what kind of problem it is. Nothing of the file is
 * kept when this is thrown.
 */
public final class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final int column;
    private final LoadProblem problem;
    private final String detail;

    public ModelLoadException(Path file, int line, int column, LoadProblem problem, String detail) {
        super(file + ":" + line + ":" + column + ": " + problem + " " + detail);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.detail = detail == null ? "" : detail;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public LoadProblem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }

    /** One line for people: {@code file:line:column: what is wrong}, in the user's language. */
    @Override
    public String getLocalizedMessage() {
        String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
        return where + ": " + Messages.get(problem.messageKey(), detail);
    }
}
