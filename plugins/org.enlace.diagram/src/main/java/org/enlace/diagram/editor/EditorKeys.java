package org.enlace.diagram.editor;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

import com.mxgraph.swing.mxGraphComponent;

/**
 * The editor's keyboard: every action's shortcuts, arrow keys that nudge the selection (one unit,
 * {@link #BIG_STEP} with Shift), and Escape that cancels a drag or a connection. Bound for the
 * whole editor (the diagram has the focus, or something inside it); while a label is being edited
 * the keys belong to the text field, so Delete or Ctrl+Z there edit the text, not the diagram.
 */
final class EditorKeys {

    static final int STEP = 1;
    static final int BIG_STEP = 10;

    /** Moves the selection by so many diagram units. */
    interface Nudge {
        void by(int dx, int dy);
    }

    private EditorKeys() {
    }

    static void install(mxGraphComponent component, EditorActions actions, Nudge nudge) {
        InputMap keys = component.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        ActionMap map = component.getActionMap();
        for (EditorAction which : EditorAction.values()) {
            Action action = actions.get(which);
            map.put(which, guarded(component, event -> action.actionPerformed(event)));
            which.shortcuts().forEach(stroke -> keys.put(stroke, which));
        }
        arrow(component, keys, map, KeyEvent.VK_LEFT, -1, 0, nudge);
        arrow(component, keys, map, KeyEvent.VK_RIGHT, 1, 0, nudge);
        arrow(component, keys, map, KeyEvent.VK_UP, 0, -1, nudge);
        arrow(component, keys, map, KeyEvent.VK_DOWN, 0, 1, nudge);
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "escape");
        map.put("escape", guarded(component, event -> component.escape(null)));
    }

    private static void arrow(mxGraphComponent component, InputMap keys, ActionMap map, int code, int x, int y,
            Nudge nudge) {
        String name = "nudge" + code;
        keys.put(KeyStroke.getKeyStroke(code, 0), name);
        keys.put(KeyStroke.getKeyStroke(code, InputEvent.SHIFT_DOWN_MASK), name + "big");
        map.put(name, guarded(component, event -> nudge.by(x * STEP, y * STEP)));
        map.put(name + "big", guarded(component, event -> nudge.by(x * BIG_STEP, y * BIG_STEP)));
    }

    private interface Handler {
        void handle(ActionEvent event);
    }

    private static Action guarded(mxGraphComponent component, Handler handler) {
        return new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent event) {
                if (!component.isEditing()) {
                    handler.handle(event);
                }
            }
        };
    }
}
