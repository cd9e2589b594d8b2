package org.enlace.diagram.window;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import org.eclipse.emf.common.command.CommandStackListener;
import org.enlace.diagram.chooser.CatalogueChooserPanel;
import org.enlace.diagram.chooser.CatalogueChooserPresenter;
import org.enlace.diagram.editor.DiagramEditor;
import org.enlace.diagram.editor.EditorAction;
import org.enlace.diagram.export.DiagramExport;
import org.enlace.diagram.layout.LayoutKind;
import org.enlace.diagram.palette.PalettePanel;
import org.enlace.diagram.palette.PalettePresenter;
import org.enlace.diagram.view.ViewActionsPresenter;
import org.enlace.diagram.view.ViewFilterPresenter;
import org.enlace.model.Diagram;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.commands.Point;

import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.view.mxGraphView;

/**
 * A window on one diagram: the editor in the centre, the palette and the catalogue chooser on the
 * left, the overview and the legend on the right, a status line, menus and a toolbar. The title
 * names the model file and marks unsaved changes; closing with unsaved changes asks first. Create
 * and use it on the event thread.
 */
public final class DiagramWindow extends JFrame {

    private final transient ModelSession session;
    private final transient DiagramEditor editor;
    private final transient DiagramWindowPresenter presenter;
    private final transient ViewFilterPresenter filters;
    private final transient ViewActionsPresenter viewActions;
    private final transient SwingDialogs dialogs = new SwingDialogs(this);
    private final transient CommandStackListener titleFollower = event -> updateTitle();
    private final JLabel status = new JLabel(" ");
    private final PalettePanel palette;
    private final CatalogueChooserPanel chooser;
    private final JPanel east = new JPanel(new BorderLayout(0, 4));

    public DiagramWindow(ModelSession session, Diagram diagram) {
        this.session = session;
        this.editor = new DiagramEditor(session, diagram);
        this.presenter = new DiagramWindowPresenter(session, diagram);
        this.filters = new ViewFilterPresenter(session, editor.projection());
        this.viewActions = new ViewActionsPresenter(session, diagram);
        this.palette = new PalettePanel(new PalettePresenter(session, diagram), editor::selectedNodes,
                this::created);
        this.chooser = new CatalogueChooserPanel(new CatalogueChooserPresenter(session, diagram), this::tell);
        setName("diagramWindow");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                requestClose();
            }
        });
        layoutContent();
        WindowMenus menus = new WindowMenus(this, editor);
        setJMenuBar(menus.menuBar());
        getContentPane().add(menus.toolBar(), BorderLayout.NORTH);
        installPaletteClicks();
        session.addListener(titleFollower);
        updateTitle();
        setSize(new Dimension(1280, 800));
    }

    private void layoutContent() {
        JSplitPane west = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(palette), chooser);
        west.setResizeWeight(0.4);
        west.setPreferredSize(new Dimension(300, 600));
        JScrollPane overview = new JScrollPane(editor.overview());
        overview.setBorder(BorderFactory.createTitledBorder(WindowText.get("overview.title")));
        overview.setPreferredSize(new Dimension(260, 200));
        JScrollPane legend = new JScrollPane(new LegendPanel(editor.projection().styles().legend()));
        legend.setBorder(BorderFactory.createTitledBorder(WindowText.get("legend.title")));
        east.add(overview, BorderLayout.NORTH);
        east.add(legend, BorderLayout.CENTER);
        status.setName("status");
        status.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        JPanel content = new JPanel(new BorderLayout());
        content.add(west, BorderLayout.WEST);
        content.add(editor.component(), BorderLayout.CENTER);
        content.add(east, BorderLayout.EAST);
        content.add(status, BorderLayout.SOUTH);
        getContentPane().setLayout(new BorderLayout());
        getContentPane().add(content, BorderLayout.CENTER);
    }

    /**
     * A click on the diagram while a palette kind is armed creates it there; so does dragging a
     * kind from the palette and releasing it over the diagram.
     */
    private void installPaletteClicks() {
        if (!(editor.component() instanceof mxGraphComponent graphComponent)) {
            return;
        }
        graphComponent.getGraphControl().addMouseListener(new MouseAdapter() {
            @Override
            public void mouseReleased(MouseEvent event) {
                // A left click only: a pan (middle button) or a rubber band (consumed) places nothing.
                if (SwingUtilities.isLeftMouseButton(event) && !event.isConsumed()) {
                    palette.placeArmed(diagramPoint(graphComponent, event.getPoint()));
                }
            }
        });
        palette.acceptDropsOn(graphComponent.getGraphControl(), at -> diagramPoint(graphComponent, at));
    }

    /** A point of the graph control in diagram units, at the view's zoom and translation. */
    private static Point diagramPoint(mxGraphComponent graphComponent, java.awt.Point at) {
        mxGraphView view = graphComponent.getGraph().getView();
        double scale = view.getScale();
        int x = (int) Math.round(at.getX() / scale - view.getTranslate().getX());
        int y = (int) Math.round(at.getY() / scale - view.getTranslate().getY());
        return new Point(x, y);
    }

    /** The editor this window shows. */
    public DiagramEditor editor() {
        return editor;
    }

    ViewFilterPresenter filters() {
        return filters;
    }

    void tell(String text) {
        status.setText(text);
    }

    void save() {
        if (presenter.save(dialogs)) {
            tell(WindowText.get("saved", session.file().toAbsolutePath()));
        }
        updateTitle();
    }

    void exportPng() {
        export("png");
    }

    void exportSvg() {
        export("svg");
    }

    private void export(String extension) {
        Path suggested = session.file().resolveSibling(editor.diagram().getName() + "." + extension);
        dialogs.askExportFile(suggested, extension).ifPresent(target -> {
            try {
                if (extension.equals("png")) {
                    DiagramExport.writePng(editor.projection(), 1.0, true, target);
                } else {
                    DiagramExport.writeSvg(editor.projection(), true, target);
                }
                tell(WindowText.get("export.done", target.toAbsolutePath()));
            } catch (IOException | RuntimeException e) {
                dialogs.showError(WindowText.get("export.failed.title"),
                        WindowText.get("export.failed", target.toAbsolutePath(), e.getLocalizedMessage()));
            }
        });
    }

    void layout(LayoutKind kind) {
        tell(viewActions.layout(kind));
    }

    void addRelated() {
        dialogs.askLinkKinds().ifPresent(kinds -> tell(viewActions.addRelated(editor.selectedNodes(), kinds)));
    }

    void focusChooser() {
        chooser.focusSearch();
    }

    void showLegend(boolean shown) {
        east.setVisible(shown);
        revalidate();
    }

    /** Closes the window unless unsaved changes make the analyst cancel. */
    void requestClose() {
        if (presenter.mayClose(dialogs)) {
            session.removeListener(titleFollower);
            filters.close();
            editor.close();
            dispose();
        } else {
            updateTitle();
        }
    }

    private void created(PalettePresenter.Creation creation) {
        if (creation.node().isEmpty()) {
            tell(creation.refusal());
            return;
        }
        tell(" ");
        editor.select(List.of(creation.node().get()));
        editor.action(EditorAction.RENAME).actionPerformed(
                new java.awt.event.ActionEvent(this, java.awt.event.ActionEvent.ACTION_PERFORMED, "rename"));
    }

    private void updateTitle() {
        setTitle(presenter.title());
    }
}
