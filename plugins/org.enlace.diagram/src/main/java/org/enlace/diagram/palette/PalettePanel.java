package org.enlace.diagram.palette;

import java.awt.GridLayout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

import org.enlace.diagram.window.WindowText;
import org.enlace.model.Node;
import org.enlace.model.commands.Point;

/**
 * The palette: one toggle button per {@link PaletteKind}. Clicking a button arms it; the next
 * click on the diagram creates the element there ({@link #placeArmed}); clicking the armed button
 * again disarms it. A button can also be dragged onto the diagram ({@link #acceptDropsOn}). The
 * rules of where the element goes are {@link PalettePresenter}'s.
 */
public final class PalettePanel extends JPanel {

    private final transient PalettePresenter presenter;
    private final transient Supplier<List<Node>> selection;
    private final transient Consumer<PalettePresenter.Creation> created;
    private final ButtonGroup group = new ButtonGroup();
    private final Map<PaletteKind, JToggleButton> buttons = new EnumMap<>(PaletteKind.class);
    private PaletteKind armed;

    /**
     * @param selection the editor's selected nodes, asked at the moment of creation
     * @param created   told of each creation or refusal (to select and rename the node, or show why)
     */
    public PalettePanel(PalettePresenter presenter, Supplier<List<Node>> selection,
            Consumer<PalettePresenter.Creation> created) {
        super(new GridLayout(0, 1, 0, 2));
        this.presenter = presenter;
        this.selection = selection;
        this.created = created;
        setBorder(BorderFactory.createTitledBorder(WindowText.get("palette.title")));
        setToolTipText(WindowText.get("palette.hint"));
        for (PaletteKind kind : PaletteKind.values()) {
            JToggleButton button = new JToggleButton(WindowText.get("palette." + kind.key()));
            button.setName("palette." + kind.key());
            button.setToolTipText(WindowText.get("palette.hint"));
            button.addActionListener(event -> toggle(kind));
            group.add(button);
            buttons.put(kind, button);
            add(button);
        }
    }

    /**
     * Lets each kind also be dragged from its button and dropped on {@code surface}, where it is
     * created as a click there would create it ({@link PaletteDrag}).
     *
     * @param diagramPoint turns a point on {@code surface} into diagram units
     */
    public void acceptDropsOn(JComponent surface, Function<java.awt.Point, Point> diagramPoint) {
        buttons.forEach((kind, button) -> {
            PaletteDrag drag = new PaletteDrag(this, kind, button, surface, diagramPoint);
            button.addMouseListener(drag);
            button.addMouseMotionListener(drag);
        });
    }

    /** The kind the next click on the diagram creates, if one is armed. */
    public Optional<PaletteKind> armed() {
        return Optional.ofNullable(armed);
    }

    /** Arms {@code kind} as if its button had been clicked. */
    public void arm(PaletteKind kind) {
        armed = kind;
        buttons.get(kind).setSelected(true);
    }

    public void disarm() {
        armed = null;
        group.clearSelection();
    }

    /**
     * A click on the diagram at {@code at} (diagram units): creates the armed kind there and
     * disarms. Returns false, doing nothing, when no kind is armed.
     */
    public boolean placeArmed(Point at) {
        if (armed == null) {
            return false;
        }
        PaletteKind kind = armed;
        disarm();
        created.accept(presenter.create(kind, selection.get(), at));
        return true;
    }

    private void toggle(PaletteKind kind) {
        if (armed == kind) {
            disarm();
        } else {
            armed = kind;
        }
    }
}
