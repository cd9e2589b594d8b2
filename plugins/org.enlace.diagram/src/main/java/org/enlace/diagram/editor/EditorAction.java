package org.enlace.diagram.editor;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;

import javax.swing.KeyStroke;

/**
 * The editor's actions, for menus and toolbars ({@link DiagramEditor#action}); each knows its
 * shortcuts, the first of which menus show. Shortcuts follow Eclipse and office tools: Ctrl+Z undo,
 * Ctrl+Y and Ctrl+Shift+Z redo, Delete removes from the diagram, Ctrl+Delete and Shift+Delete
 * delete from the model, Ctrl+C/X/V/A, F2 renames, Ctrl+= and Ctrl+- zoom, Ctrl+0 actual size,
 * Ctrl+Shift+H fits the diagram in the window (as in draw.io, JGraphX's sibling) and
 * Ctrl+Shift+F does too (fit, for users who guess by the letter). Align and distribute have no
 * shortcut: they are toolbar and menu gestures in office tools too. On macOS, Command replaces Ctrl.
 */
public enum EditorAction {
    UNDO("undo", key(KeyEvent.VK_Z, 0)),
    REDO("redo", key(KeyEvent.VK_Y, 0), key(KeyEvent.VK_Z, InputEvent.SHIFT_DOWN_MASK)),
    DELETE("delete", plain(KeyEvent.VK_DELETE)),
    DELETE_FROM_MODEL("deleteFromModel", key(KeyEvent.VK_DELETE, 0),
            KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, InputEvent.SHIFT_DOWN_MASK)),
    RENAME("rename", plain(KeyEvent.VK_F2)),
    COPY("copy", key(KeyEvent.VK_C, 0)),
    CUT("cut", key(KeyEvent.VK_X, 0)),
    PASTE("paste", key(KeyEvent.VK_V, 0)),
    SELECT_ALL("selectAll", key(KeyEvent.VK_A, 0)),
    ZOOM_IN("zoomIn", key(KeyEvent.VK_EQUALS, 0), key(KeyEvent.VK_PLUS, 0), key(KeyEvent.VK_ADD, 0),
            key(KeyEvent.VK_EQUALS, InputEvent.SHIFT_DOWN_MASK)),
    ZOOM_OUT("zoomOut", key(KeyEvent.VK_MINUS, 0), key(KeyEvent.VK_SUBTRACT, 0)),
    ZOOM_ACTUAL("zoomActual", key(KeyEvent.VK_0, 0), key(KeyEvent.VK_NUMPAD0, 0)),
    ZOOM_FIT("zoomFit", key(KeyEvent.VK_H, InputEvent.SHIFT_DOWN_MASK), key(KeyEvent.VK_F, InputEvent.SHIFT_DOWN_MASK)),
    ALIGN_LEFT("alignLeft"),
    ALIGN_CENTER("alignCenter"),
    ALIGN_RIGHT("alignRight"),
    ALIGN_TOP("alignTop"),
    ALIGN_MIDDLE("alignMiddle"),
    ALIGN_BOTTOM("alignBottom"),
    DISTRIBUTE_HORIZONTALLY("distributeHorizontally"),
    DISTRIBUTE_VERTICALLY("distributeVertically");

    private final String key;
    private final List<KeyStroke> shortcuts;

    EditorAction(String key, KeyStroke... shortcuts) {
        this.key = key;
        this.shortcuts = List.of(shortcuts);
    }

    /** The key of the action's name in the diagram bundle's texts: {@code editor.action.<key>}. */
    String textKey() {
        return "editor.action." + key;
    }

    /** The keys that run the action; the first is the one menus show. */
    public List<KeyStroke> shortcuts() {
        return shortcuts;
    }

    private static KeyStroke key(int code, int extraModifiers) {
        return KeyStroke.getKeyStroke(code, shortcutMask() | extraModifiers);
    }

    private static KeyStroke plain(int code) {
        return KeyStroke.getKeyStroke(code, 0);
    }

    /** Ctrl, or Command on macOS; Ctrl where there is no toolkit to ask (headless tests). */
    public static int shortcutMask() {
        return GraphicsEnvironment.isHeadless() ? InputEvent.CTRL_DOWN_MASK
                : Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    }
}
