package org.enlace.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

import org.enlace.model.l10n.Messages;

/** A model could not be saved; the file on disk is still the previous version. */
public final class ModelSaveException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path file;

    public ModelSaveException(Path file, Throwable cause) {
        super(file + ": " + cause.getMessage(), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public String getLocalizedMessage() {
        return Messages.get("save.failed", file, String.valueOf(getCause().getMessage()));
    }
}
