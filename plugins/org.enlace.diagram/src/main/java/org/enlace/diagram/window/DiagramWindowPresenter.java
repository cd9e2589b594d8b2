package org.enlace.diagram.window;

import java.nio.file.Path;

import org.enlace.model.Diagram;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.persistence.ModelSaveException;

/**
 * The diagram window's logic without the window: its title (model file, diagram, and a {@code *}
 * while the session has unsaved changes), saving through the session's atomic save with a message
 * that says what failed, where and what to do, and whether a close request may go ahead.
 */
public final class DiagramWindowPresenter {

    /** The analyst's answer to "save the changes before closing?". */
    public enum Answer {
        SAVE, DONT_SAVE, CANCEL
    }

    /** The dialogs the window shows; a test answers them itself. */
    public interface Dialogs {
        Answer askToSave(String question);

        void showError(String title, String message);
    }

    private final ModelSession session;
    private final Diagram diagram;

    public DiagramWindowPresenter(ModelSession session, Diagram diagram) {
        this.session = session;
        this.diagram = diagram;
    }

    /** "*colombia.enlace – PND – Enlace" while unsaved, without the star once saved. */
    public String title() {
        return WindowText.get("window.title", (session.isDirty() ? "*" : "") + fileName(), diagram.getName());
    }

    /**
     * Saves the model atomically; on failure shows what went wrong, where, and what to do (the
     * file on disk is left as it was).
     *
     * @return whether the model is saved now
     */
    public boolean save(Dialogs dialogs) {
        try {
            session.save();
            return true;
        } catch (ModelSaveException e) {
            dialogs.showError(WindowText.get("save.failed.title"),
                    WindowText.get("save.failed", session.file().toAbsolutePath(), e.getLocalizedMessage()));
            return false;
        }
    }

    /**
     * A close request: goes ahead at once without unsaved changes; otherwise asks Save / Don't
     * save / Cancel, and goes ahead after a successful save or "Don't save".
     */
    public boolean mayClose(Dialogs dialogs) {
        if (!session.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSave(WindowText.get("close.question", fileName()))) {
            case SAVE -> save(dialogs);
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    private String fileName() {
        Path name = session.file().getFileName();
        return name == null ? session.file().toString() : name.toString();
    }
}
