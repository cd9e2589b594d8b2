package org.enlace.diagram.editor;

import java.awt.event.ActionEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.swing.AbstractAction;
import javax.swing.Action;

import org.enlace.diagram.style.DiagramText;

/**
 * One Swing {@link Action} per {@link EditorAction}, named in the user's language, with its first
 * shortcut as accelerator; enabled while its condition holds ({@link #refresh()} after a selection
 * or model change).
 */
final class EditorActions {

    private final Map<EditorAction, Item> items = new EnumMap<>(EditorAction.class);

    void define(EditorAction which, Runnable run, BooleanSupplier enabled) {
        items.put(which, new Item(which, run, enabled));
    }

    Action get(EditorAction which) {
        Item item = items.get(which);
        if (item == null) {
            throw new IllegalStateException("no action defined for " + which);
        }
        return item;
    }

    void refresh() {
        items.values().forEach(Item::refresh);
    }

    private static final class Item extends AbstractAction {

        private static final long serialVersionUID = 1L;

        private final transient Runnable run;
        private final transient BooleanSupplier enabled;

        Item(EditorAction which, Runnable run, BooleanSupplier enabled) {
            super(DiagramText.get(which.textKey()));
            this.run = run;
            this.enabled = enabled;
            putValue(ACTION_COMMAND_KEY, which.name());
            if (!which.shortcuts().isEmpty()) {
                putValue(ACCELERATOR_KEY, which.shortcuts().get(0));
            }
            refresh();
        }

        void refresh() {
            setEnabled(enabled.getAsBoolean());
        }

        @Override
        public void actionPerformed(ActionEvent event) {
            if (enabled.getAsBoolean()) {
                run.run();
            }
        }
    }
}
