package org.enlace.diagram.editor;

import org.enlace.diagram.editor.Arrangement.Axis;

/** What each of the editor's actions does, and when it is enabled. */
final class EditorActionSet {

    private EditorActionSet() {
    }

    static void define(DiagramEditor editor, EditorActions actions) {
        EditorCore core = editor.core();
        EditorPresenter presenter = core.presenter();
        var stack = core.session().commandStack();
        actions.define(EditorAction.UNDO, () -> editor.session().undo(), stack::canUndo);
        actions.define(EditorAction.REDO, () -> editor.session().redo(), stack::canRedo);
        actions.define(EditorAction.DELETE, core::removeSelection, core::hasSelection);
        actions.define(EditorAction.DELETE_FROM_MODEL, editor::deleteFromModel, core::hasSelection);
        actions.define(EditorAction.RENAME, editor::rename, () -> editor.selectedNodes().size() == 1
                && presenter.isRenamable(editor.selectedNodes().get(0)));
        actions.define(EditorAction.COPY, core::copy,
                () -> !editor.selectedNodes().isEmpty());
        actions.define(EditorAction.CUT, core::cut,
                () -> !editor.selectedNodes().isEmpty());
        // Always enabled: another editor may fill the shared clipboard without this one hearing of it.
        actions.define(EditorAction.PASTE, core::paste, () -> true);
        actions.define(EditorAction.SELECT_ALL, core::selectAll, () -> true);
        Zoom zoom = editor.zoom();
        actions.define(EditorAction.ZOOM_IN, zoom::in, () -> true);
        actions.define(EditorAction.ZOOM_OUT, zoom::out, () -> true);
        actions.define(EditorAction.ZOOM_ACTUAL, zoom::actual, () -> true);
        actions.define(EditorAction.ZOOM_FIT, zoom::fit, () -> true);
        align(editor, actions, EditorAction.ALIGN_LEFT, Alignment.LEFT);
        align(editor, actions, EditorAction.ALIGN_CENTER, Alignment.CENTER);
        align(editor, actions, EditorAction.ALIGN_RIGHT, Alignment.RIGHT);
        align(editor, actions, EditorAction.ALIGN_TOP, Alignment.TOP);
        align(editor, actions, EditorAction.ALIGN_MIDDLE, Alignment.MIDDLE);
        align(editor, actions, EditorAction.ALIGN_BOTTOM, Alignment.BOTTOM);
        actions.define(EditorAction.DISTRIBUTE_HORIZONTALLY,
                () -> core.distribute(Axis.HORIZONTAL),
                () -> editor.selectedNodes().size() >= 3);
        actions.define(EditorAction.DISTRIBUTE_VERTICALLY,
                () -> core.distribute(Axis.VERTICAL),
                () -> editor.selectedNodes().size() >= 3);
    }

    private static void align(DiagramEditor editor, EditorActions actions, EditorAction which, Alignment alignment) {
        actions.define(which, () -> editor.core().align(alignment),
                () -> editor.selectedNodes().size() >= 2);
    }
}
