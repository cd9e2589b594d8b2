package org.enlace.diagram.chooser;

import java.awt.BorderLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

import org.enlace.diagram.window.WindowText;
import org.enlace.model.catalog.CatalogHit;

/**
 * The catalogue chooser: a search field whose results follow every keystroke, a list of them
 * (several may be selected), and "Add to diagram". The keyboard stays in the field: Up and Down
 * move through the results, with Shift they extend the selection, Enter adds, Escape clears.
 */
public final class CatalogueChooserPanel extends JPanel {

    private final transient CatalogueChooserPresenter presenter;
    private final transient Consumer<String> status;
    private final JTextField field = new JTextField();
    private final DefaultListModel<String> rows = new DefaultListModel<>();
    private final JList<String> list = new JList<>(rows);
    private boolean syncing;

    /** @param status told the sentence each addition answers with */
    public CatalogueChooserPanel(CatalogueChooserPresenter presenter, Consumer<String> status) {
        super(new BorderLayout(0, 4));
        this.presenter = presenter;
        this.status = status;
        setBorder(BorderFactory.createTitledBorder(WindowText.get("chooser.title")));
        field.setName("chooser.field");
        field.setToolTipText(WindowText.get("chooser.hint"));
        list.setName("chooser.results");
        list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        list.setVisibleRowCount(10);
        list.addListSelectionListener(event -> selectedWithMouse());
        JButton add = new JButton(WindowText.get("chooser.add"));
        add.setName("chooser.add");
        add.addActionListener(event -> add());
        add(field, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        add(add, BorderLayout.SOUTH);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typed();
            }
        });
        bindKeys();
    }

    /** Puts the keyboard in the search field (the Diagram menu's "Add catalogue entries"). */
    public void focusSearch() {
        field.requestFocusInWindow();
        field.selectAll();
    }

    private void bindKeys() {
        InputMap keys = field.getInputMap(JComponent.WHEN_FOCUSED);
        bind(keys, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "down", () -> presenter.down(false));
        bind(keys, KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), "up", () -> presenter.up(false));
        bind(keys, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, KeyEvent.SHIFT_DOWN_MASK), "extendDown",
                () -> presenter.down(true));
        bind(keys, KeyStroke.getKeyStroke(KeyEvent.VK_UP, KeyEvent.SHIFT_DOWN_MASK), "extendUp",
                () -> presenter.up(true));
        bind(keys, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "add", this::add);
        bind(keys, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "clear", () -> {
            if (presenter.escape()) {
                field.setText("");
            }
        });
    }

    private void bind(InputMap keys, KeyStroke stroke, String name, Runnable action) {
        keys.put(stroke, name);
        field.getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent event) {
                action.run();
                showSelection();
            }
        });
    }

    private void typed() {
        presenter.type(field.getText());
        syncing = true;
        try {
            rows.clear();
            for (CatalogHit hit : presenter.results()) {
                rows.addElement(hit.text());
            }
        } finally {
            syncing = false;
        }
        showSelection();
    }

    private void showSelection() {
        syncing = true;
        try {
            list.setSelectedIndices(presenter.selection().stream().mapToInt(Integer::intValue).toArray());
            if (presenter.cursor() >= 0) {
                list.ensureIndexIsVisible(presenter.cursor());
            }
        } finally {
            syncing = false;
        }
    }

    private void selectedWithMouse() {
        if (syncing) {
            return;
        }
        List<Integer> selected = new ArrayList<>();
        for (int row : list.getSelectedIndices()) {
            selected.add(row);
        }
        presenter.select(selected);
    }

    private void add() {
        status.accept(presenter.addToDiagram());
    }
}
