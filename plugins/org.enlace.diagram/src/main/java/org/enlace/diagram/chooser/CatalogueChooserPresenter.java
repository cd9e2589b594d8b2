package org.enlace.diagram.chooser;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.enlace.diagram.palette.FreePlaces;
import org.enlace.diagram.style.DiagramStyles;
import org.enlace.diagram.style.NodeSizes;
import org.enlace.diagram.window.WindowText;
import org.enlace.model.CatalogEntry;
import org.enlace.model.Diagram;
import org.enlace.model.catalog.CatalogHit;
import org.enlace.model.catalog.CatalogSearchQuery;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramCommands;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.commands.NodeSpec;

/**
 * The catalogue chooser's logic: search-as-you-type over SDG goals, targets, indicators and GCM
 * objectives ({@link CatalogSearchQuery}: code or words, Spanish or English; results shown in the
 * model's language), a cursor and a multiple selection moved by the keyboard, and "Add to
 * diagram", which shows the chosen entries as new nodes in a row under the diagram's nodes, so
 * that none overlaps, in one command.
 */
public final class CatalogueChooserPresenter {

    /** Enough to scroll through a code's targets and indicators; more is noise while typing. */
    static final int LIMIT = 50;

    private final ModelSession session;
    private final Diagram diagram;
    private final CatalogSearchQuery query;
    private final DiagramStyles styles;
    private final SortedSet<Integer> selected = new TreeSet<>();
    private List<CatalogHit> results = List.of();
    private String typed = "";
    private int cursor = -1;

    public CatalogueChooserPresenter(ModelSession session, Diagram diagram) {
        this.session = session;
        this.diagram = diagram;
        this.query = new CatalogSearchQuery(session.catalogs());
        this.styles = DiagramStyles.of(session.model(), session.catalogs());
    }

    /** Searches for what is typed now; the cursor goes to the best result, the selection to it alone. */
    public void type(String text) {
        typed = text == null ? "" : text;
        results = typed.isBlank() ? List.of() : query.search(typed, LIMIT, session.model().getLanguage());
        selected.clear();
        cursor = results.isEmpty() ? -1 : 0;
        if (cursor == 0) {
            selected.add(0);
        }
    }

    public List<CatalogHit> results() {
        return results;
    }

    /** The result the keyboard is on; -1 when there is none. */
    public int cursor() {
        return cursor;
    }

    /** The selected results' places in {@link #results()}, ascending. */
    public List<Integer> selection() {
        return List.copyOf(selected);
    }

    /** Down arrow: the next result, alone selected; with {@code extend} (Shift) added to the selection. */
    public void down(boolean extend) {
        moveTo(Math.min(cursor + 1, results.size() - 1), extend);
    }

    /** Up arrow: the previous result, alone selected; with {@code extend} (Shift) added to the selection. */
    public void up(boolean extend) {
        moveTo(Math.max(cursor - 1, 0), extend);
    }

    /** A selection made with the mouse in the result list; the cursor goes to its last row. */
    public void select(List<Integer> rows) {
        selected.clear();
        rows.stream().filter(row -> row >= 0 && row < results.size()).forEach(selected::add);
        cursor = selected.isEmpty() ? cursor : selected.last();
    }

    /**
     * Escape: clears the typed text and the results. Returns false when there was nothing to
     * clear, so a dialog knows the second Escape means "close".
     */
    public boolean escape() {
        boolean hadText = !typed.isEmpty();
        type("");
        return hadText;
    }

    /** The selected entries, in result order. */
    public List<CatalogEntry> chosen() {
        List<CatalogEntry> entries = new ArrayList<>();
        selected.forEach(row -> entries.add(results.get(row).entry()));
        return entries;
    }

    /**
     * Enter or "Add to diagram": shows the chosen entries that the diagram does not show yet, in a
     * row under its nodes, as one command.
     *
     * @return a sentence for the status line: what was added, or why nothing was
     */
    public String addToDiagram() {
        List<CatalogEntry> entries = chosen().stream()
                .filter(entry -> DiagramQuery.nodeOf(diagram, entry).isEmpty()).toList();
        if (chosen().isEmpty()) {
            return WindowText.get("chooser.nothingChosen");
        }
        if (entries.isEmpty()) {
            return WindowText.get("chooser.alreadyShown");
        }
        List<NodeSizes.Size> sizes = entries.stream().map(styles::newNodeSize).toList();
        List<Bounds> row = FreePlaces.rowBelow(diagram, sizes);
        List<NodeSpec> specs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            specs.add(new NodeSpec(entries.get(i), row.get(i)));
        }
        if (!session.execute(new DiagramCommands(session).addNodes(diagram, specs))) {
            return WindowText.get("chooser.refused");
        }
        return WindowText.get(entries.size() == 1 ? "chooser.added.one" : "chooser.added.many", entries.size());
    }

    private void moveTo(int row, boolean extend) {
        if (results.isEmpty()) {
            return;
        }
        cursor = row;
        if (!extend) {
            selected.clear();
        }
        selected.add(row);
    }
}
