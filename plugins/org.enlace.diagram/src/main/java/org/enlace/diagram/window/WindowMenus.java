package org.enlace.diagram.window;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.List;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;

import org.enlace.diagram.editor.DiagramEditor;
import org.enlace.diagram.editor.EditorAction;
import org.enlace.diagram.layout.LayoutKind;
import org.enlace.diagram.style.DiagramText;
import org.enlace.diagram.view.ViewFilterPresenter;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.LinkKind;
import org.enlace.model.l10n.Messages;
import org.enlace.model.l10n.Terms;

/** The diagram window's menu bar and toolbar: File, Edit, View and Diagram, over the window's gestures. */
final class WindowMenus {

    private final DiagramWindow window;
    private final DiagramEditor editor;

    WindowMenus(DiagramWindow window, DiagramEditor editor) {
        this.window = window;
        this.editor = editor;
    }

    JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        bar.add(fileMenu());
        bar.add(menu("menu.edit", EditorAction.UNDO, EditorAction.REDO, null, EditorAction.CUT,
                EditorAction.COPY, EditorAction.PASTE, null, EditorAction.DELETE, EditorAction.DELETE_FROM_MODEL,
                EditorAction.RENAME, null, EditorAction.SELECT_ALL));
        bar.add(viewMenu());
        JMenu diagram = menu("menu.diagram");
        diagram.add(item(action("diagram.addCatalogue", window::focusChooser, KeyStroke.getKeyStroke(KeyEvent.VK_K,
                EditorAction.shortcutMask()))));
        diagram.add(item(action("diagram.addRelated", window::addRelated, null)));
        diagram.addSeparator();
        for (EditorAction align : List.of(EditorAction.ALIGN_LEFT, EditorAction.ALIGN_CENTER, EditorAction.ALIGN_RIGHT,
                EditorAction.ALIGN_TOP, EditorAction.ALIGN_MIDDLE, EditorAction.ALIGN_BOTTOM,
                EditorAction.DISTRIBUTE_HORIZONTALLY, EditorAction.DISTRIBUTE_VERTICALLY)) {
            diagram.add(editor.action(align));
        }
        bar.add(diagram);
        return bar;
    }

    JToolBar toolBar() {
        JToolBar tools = new JToolBar();
        tools.setFloatable(false);
        tools.add(action("file.save", window::save, null));
        tools.addSeparator();
        for (EditorAction action : List.of(EditorAction.UNDO, EditorAction.REDO, EditorAction.DELETE,
                EditorAction.ZOOM_IN, EditorAction.ZOOM_OUT, EditorAction.ZOOM_FIT)) {
            tools.add(editor.action(action));
        }
        tools.addSeparator();
        for (LayoutKind kind : LayoutKind.values()) {
            tools.add(layoutAction(kind));
        }
        return tools;
    }

    private JMenu fileMenu() {
        JMenu file = menu("menu.file");
        file.add(item(action("file.save", window::save,
                KeyStroke.getKeyStroke(KeyEvent.VK_S, EditorAction.shortcutMask()))));
        file.addSeparator();
        file.add(item(action("file.exportPng", window::exportPng, null)));
        file.add(item(action("file.exportSvg", window::exportSvg, null)));
        file.addSeparator();
        file.add(item(action("file.close", window::requestClose,
                KeyStroke.getKeyStroke(KeyEvent.VK_W, EditorAction.shortcutMask()))));
        return file;
    }

    private JMenu viewMenu() {
        JMenu view = menu("menu.view", EditorAction.ZOOM_IN, EditorAction.ZOOM_OUT, EditorAction.ZOOM_ACTUAL,
                EditorAction.ZOOM_FIT);
        view.addSeparator();
        for (LayoutKind kind : LayoutKind.values()) {
            view.add(layoutAction(kind));
        }
        view.addSeparator();
        view.add(filterMenu(window.filters()));
        JCheckBoxMenuItem legend = new JCheckBoxMenuItem(WindowText.get("view.legend"), true);
        legend.addActionListener(event -> window.showLegend(legend.isSelected()));
        view.add(legend);
        return view;
    }

    /** Check boxes that hide link kinds and entry-point statuses in this view; the first line says the model keeps them. */
    private static JMenu filterMenu(ViewFilterPresenter filters) {
        JMenu menu = new JMenu(WindowText.get("view.filters"));
        menu.setName("view.filters");
        JMenuItem note = new JMenuItem(WindowText.get("view.filters.note"));
        note.setEnabled(false);
        menu.add(note);
        menu.addSeparator();
        for (LinkKind kind : LinkKind.values()) {
            JCheckBoxMenuItem box = new JCheckBoxMenuItem(WindowText.get("view.filters.linkKind", Terms.linkKind(kind)));
            box.setName("view.filters.linkKind." + kind.getLiteral());
            box.addActionListener(event -> filters.setLinkKindHidden(kind, box.isSelected()));
            menu.add(box);
        }
        menu.addSeparator();
        for (EntryPointStatus status : EntryPointStatus.values()) {
            JCheckBoxMenuItem box = new JCheckBoxMenuItem(WindowText.get("view.filters.status",
                    DiagramText.get("status." + status.getLiteral())));
            box.setName("view.filters.status." + status.getLiteral());
            box.addActionListener(event -> filters.setStatusHidden(status, box.isSelected()));
            menu.add(box);
        }
        menu.addSeparator();
        JMenuItem reset = new JMenuItem(WindowText.get("view.filters.reset"));
        reset.addActionListener(event -> {
            filters.reset();
            for (int i = 0; i < menu.getItemCount(); i++) {
                if (menu.getItem(i) instanceof JCheckBoxMenuItem box) {
                    box.setSelected(false);
                }
            }
        });
        menu.add(reset);
        return menu;
    }

    private Action layoutAction(LayoutKind kind) {
        return action(WindowText.get("view.layout", kind.displayName(Messages.locale())),
                () -> window.layout(kind));
    }

    private JMenu menu(String key, EditorAction... actions) {
        JMenu menu = new JMenu(WindowText.get(key));
        menu.setName(key);
        for (EditorAction action : actions) {
            if (action == null) {
                menu.addSeparator();
            } else {
                menu.add(editor.action(action));
            }
        }
        return menu;
    }

    private static JMenuItem item(Action action) {
        JMenuItem item = new JMenuItem(action);
        item.setName((String) action.getValue(Action.ACTION_COMMAND_KEY));
        return item;
    }

    private static Action action(String key, Runnable run, KeyStroke accelerator) {
        Action action = action(WindowText.get(key), run);
        action.putValue(Action.ACTION_COMMAND_KEY, key);
        action.putValue(Action.ACCELERATOR_KEY, accelerator);
        return action;
    }

    private static Action action(String name, Runnable run) {
        return new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent event) {
                run.run();
            }
        };
    }
}
