package org.enlace.diagram.editor;

import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;

import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;

import org.enlace.diagram.style.DiagramText;
import org.enlace.model.LinkKind;
import org.enlace.model.l10n.Terms;

/**
 * The menu a connection dropped on a node opens: one item per link kind the rules allow, in the
 * user's language, even when there is just one, so the analyst sees what is drawn. Choosing runs
 * {@code choose}; Escape or a click elsewhere closes the menu and nothing is drawn.
 */
final class LinkKindMenu {

    /** The name of the popup, for tests and accessibility tools to find it. */
    static final String NAME = "linkKindMenu";

    private LinkKindMenu() {
    }

    static JPopupMenu of(List<LinkKind> kinds, Consumer<LinkKind> choose) {
        JPopupMenu menu = new JPopupMenu(DiagramText.get("editor.linkKind.title"));
        menu.setName(NAME);
        menu.getAccessibleContext().setAccessibleName(DiagramText.get("editor.linkKind.title"));
        for (LinkKind kind : kinds) {
            JMenuItem item = new JMenuItem(Terms.linkKind(kind));
            item.setName(NAME + "." + kind.getLiteral());
            item.addActionListener(event -> choose.accept(kind));
            menu.add(item);
        }
        return menu;
    }

    static void show(Component invoker, int x, int y, List<LinkKind> kinds, Consumer<LinkKind> choose) {
        JPopupMenu menu = of(kinds, choose);
        menu.show(invoker, x, y);
        // The first item is armed so Enter takes the one offered kind: a keyboard user needs no mouse.
        if (menu.getComponentCount() > 0) {
            javax.swing.MenuSelectionManager.defaultManager()
                    .setSelectedPath(new javax.swing.MenuElement[] {menu, (JMenuItem) menu.getComponent(0)});
        }
    }
}
