package org.enlace.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import javax.swing.JFrame;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.eclipse.emf.ecore.EObject;
import org.enlace.diagram.PlanFixture;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.testsupport.GuiTest;
import org.enlace.testsupport.NativeInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mxgraph.view.mxCellState;

/**
 * The editor in a real window, driven with the mouse and keyboard as an analyst would: drag from
 * the middle of plan target T1 to SDG target 10.7, pick the link kind from the menu, undo with
 * Ctrl+Z and redo with Ctrl+Y; drag a node by its edge to move it and by its corner handle to
 * resize it; rename it in place with F2 or a double-click; zoom with Ctrl+wheel; select with a
 * rubber band; pan with the middle button, and cancel a pan with Escape; drag an edge's bendpoint,
 * or the middle of a straight edge to bend it;
 * steer the view from the overview.
 */
@GuiTest
class DiagramEditorGuiTest {

    @TempDir
    Path dir;

    private Robot robot;
    private PlanFixture fixture;
    private Diagram diagram;
    private DiagramEditor editor;
    private JFrame frame;

    @BeforeEach
    void showEditor() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        fixture = PlanFixture.open(dir);
        onEdt(() -> {
            diagram = fixture.diagram("Vínculos", fixture.target(), new Bounds(40, 60, 180, 60),
                    fixture.sdg("10.7"), new Bounds(420, 60, 180, 60));
            editor = new DiagramEditor(fixture.session, diagram);
            frame = new JFrame("Enlace editor test");
            frame.add(editor.component());
            frame.setSize(760, 360);
            frame.setLocation(20, 20);
            frame.setVisible(true);
            return null;
        });
        NativeInput.settle();
        robot.focusAndWaitForFocusGain(editor.component());
    }

    @AfterEach
    void closeWindow() throws Exception {
        onEdt(() -> {
            editor.close();
            frame.dispose();
            return null;
        });
        robot.cleanUp();
    }

    private static <T> T onEdt(Callable<T> action) {
        return GuiActionRunner.execute(action);
    }

    private Node node(EObject element) {
        return onEdt(() -> DiagramQuery.nodeOf(diagram, element).orElseThrow());
    }

    /** Where a node's point at (fx, fy) of its width and height is, on the graph control. */
    private Point at(EObject element, double fx, double fy) {
        return onEdt(() -> {
            mxCellState state = editor.graphComponent().getGraph().getView()
                    .getState(editor.projection().cellOf(DiagramQuery.nodeOf(diagram, element).orElseThrow()));
            return new Point((int) (state.getX() + state.getWidth() * fx), (int) (state.getY() + state.getHeight() * fy));
        });
    }

    private void drag(Point from, Point to) {
        pressAndMove(from, to);
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        NativeInput.settle();
    }

    /**
     * Hovers {@code from} (so JGraphX marks the node under the mouse), presses there and moves to
     * {@code to}, each step handled before the next and before the test looks (NativeInput).
     */
    private void pressAndMove(Point from, Point to) {
        var control = editor.graphComponent().getGraphControl();
        // Two moves, so that a move event reaches the control even when the mouse already rests on
        // `from`; the hover must be handled before the press: JGraphX's marker decides what a press starts.
        robot.moveMouse(control, new Point(from.x + 1, from.y));
        robot.moveMouse(control, from);
        NativeInput.settle();
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        NativeInput.settle();
        int steps = 10;
        for (int i = 1; i <= steps; i++) {
            robot.moveMouse(control, new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
            NativeInput.settle();
        }
    }

    /** T1 aligns fully with SDG 10.7: the link and its edge, drawn through the commands. */
    private Edge linkTargetTo107() {
        return onEdt(() -> {
            fixture.execute(fixture.diagramCommands.connect(node(fixture.target()), node(fixture.sdg("10.7")),
                    LinkKind.ALIGNS_FULLY, "test"));
            return diagram.getEdges().get(0);
        });
    }

    /** Where an edge starts (on its source's border) and its next point, on the graph control. */
    private List<Point> firstTwoPoints(Edge edge) {
        return onEdt(() -> {
            mxCellState state = editor.graphComponent().getGraph().getView().getState(editor.projection().cellOf(edge));
            return List.of(state.getAbsolutePoint(0).getPoint(), state.getAbsolutePoint(1).getPoint());
        });
    }

    private void pressWithCtrl(int key) {
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(key);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        NativeInput.settle();
    }

    private Link linkToSdg() {
        return onEdt(() -> fixture.model.getLinks().stream()
                .filter(link -> link.getSource() == fixture.target() && link.getTarget() == fixture.sdg("10.7"))
                .findFirst().orElse(null));
    }

    @Test
    void dragFromATargetToSdgTarget107ChooseTheKindThenUndoAndRedoWithTheKeyboard() {
        drag(at(fixture.target(), 0.5, 0.5), at(fixture.sdg("10.7"), 0.5, 0.5));
        String itemName = LinkKindMenu.NAME + "." + LinkKind.ALIGNS_FULLY.getLiteral();
        JMenuItem item = robot.finder().find(new GenericTypeMatcher<>(JMenuItem.class, true) {
            @Override
            protected boolean isMatching(JMenuItem candidate) {
                return itemName.equals(candidate.getName());
            }
        });
        assertNull(linkToSdg(), "nothing is drawn before a kind is chosen");
        robot.click(item);
        NativeInput.settle();

        Link link = linkToSdg();
        assertNotNull(link, "the model has the link");
        assertEquals(LinkKind.ALIGNS_FULLY, link.getKind());
        assertTrue(onEdt(() -> DiagramQuery.edgeOf(diagram, link)
                .map(edge -> editor.projection().cellOf(edge) != null).orElse(false)), "the diagram draws its edge");

        robot.focusAndWaitForFocusGain(editor.component());
        pressWithCtrl(KeyEvent.VK_Z);
        assertNull(linkToSdg(), "Ctrl+Z takes the link away");
        assertTrue(onEdt(() -> diagram.getEdges().isEmpty()));

        pressWithCtrl(KeyEvent.VK_Y);
        assertSame(link, linkToSdg(), "Ctrl+Y brings it back");
        assertEquals(1, (int) onEdt(() -> diagram.getEdges().size()));
    }

    @Test
    void aRefusedPairShowsTheReasonWhileHoveringAndDropsNothing() {
        String reason = onEdt(() -> fixture.diagramCommands.check(node(fixture.sdg("10.7")), node(fixture.target()))
                .reason());
        var before = onEdt(() -> fixture.session.commandStack().getUndoCommand());
        pressAndMove(at(fixture.sdg("10.7"), 0.5, 0.5), at(fixture.target(), 0.5, 0.5));
        assertEquals(reason, onEdt(() -> editor.graphComponent().linkingHandler().refusal()));
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        NativeInput.settle();
        assertTrue(robot.finder().findAll(new GenericTypeMatcher<>(JMenuItem.class, true) {
            @Override
            protected boolean isMatching(JMenuItem candidate) {
                return candidate.getName() != null && candidate.getName().startsWith(LinkKindMenu.NAME);
            }
        }).isEmpty(), "no link-kind menu");
        assertSame(before, onEdt(() -> fixture.session.commandStack().getUndoCommand()), "no command");
    }

    @Test
    void draggingANodeByItsEdgeIsOneSetBoundsCommandWithTheNewBounds() {
        var before = onEdt(() -> fixture.session.commandStack().getUndoCommand());
        drag(at(fixture.target(), 0.08, 0.5), new Point(at(fixture.target(), 0.08, 0.5).x + 100,
                at(fixture.target(), 0.08, 0.5).y + 150));
        assertEquals(new Bounds(140, 210, 180, 60), onEdt(() -> Bounds.of(node(fixture.target()))));
        assertEquals(new Bounds(420, 60, 180, 60), onEdt(() -> Bounds.of(node(fixture.sdg("10.7")))));
        assertEquals("Move", onEdt(() -> fixture.session.commandStack().getUndoCommand().getLabel()));
        assertTrue(onEdt(() -> fixture.session.undo()));
        assertSame(before, onEdt(() -> fixture.session.commandStack().getUndoCommand()), "one command");
        assertEquals(List.of(40, 60), onEdt(() -> List.of(node(fixture.target()).getX(), node(fixture.target()).getY())));
    }

    @Test
    void theViewPaintsFastWhileItMovesAndSmoothlyOnceItRests() {
        awaitSmoothPainting("the view at rest after opening");
        // Checked in the same event as the zoom: the smooth repaint is only 150 ms away.
        assertFalse(onEdt(() -> {
            editor.action(EditorAction.ZOOM_IN).actionPerformed(null);
            return editor.graphComponent().isAntiAlias() || editor.graphComponent().isTextAntiAlias();
        }), "right after a zoom step");
        awaitSmoothPainting("the view at rest after the zoom step");
    }

    /** Waits (5 s at most: a loaded machine may be late with the 150 ms timer) until the view paints smoothly. */
    private void awaitSmoothPainting(String when) {
        Pause.pause(new Condition("smooth painting: " + when) {
            @Override
            public boolean test() {
                return onEdt(() -> editor.graphComponent().isAntiAlias() && editor.graphComponent().isTextAntiAlias());
            }
        }, 5_000);
    }

    @Test
    void ctrlEqualsZoomsInOneStepCtrlMinusBackAndFitFillsTheWindowWidthWithTheDiagram() {
        assertEquals(1.0, onEdt(() -> editor.scale()), 1e-9);
        pressWithCtrl(KeyEvent.VK_EQUALS);
        assertEquals(1.2, onEdt(() -> editor.scale()), 1e-9);
        pressWithCtrl(KeyEvent.VK_MINUS);
        assertEquals(1.0, onEdt(() -> editor.scale()), 1e-9);

        onEdt(() -> {
            editor.action(EditorAction.ZOOM_FIT).actionPerformed(null);
            return null;
        });
        NativeInput.settle();
        // The diagram (560 × 60 at zoom 1) is wider than high for this 760 × 360 window: its width
        // decides, filling 95 % of the viewport, the margin Zoom leaves.
        Rectangle graph = onEdt(() -> editor.graphComponent().getGraph().getGraphBounds().getRectangle());
        Rectangle visible = onEdt(() -> editor.graphComponent().getViewport().getViewRect());
        assertTrue(onEdt(() -> editor.scale()) > 1.2, "a small diagram is enlarged");
        assertEquals(0.95, graph.getWidth() / visible.getWidth(), 0.01);
        assertTrue(visible.contains(graph), graph + " is all visible in " + visible);
    }

    private void click(Point where) {
        robot.click(editor.graphComponent().getGraphControl(), where);
        NativeInput.settle();
    }

    private Bounds bounds(EObject element) {
        return onEdt(() -> Bounds.of(node(element)));
    }

    @Test
    void draggingTheCornerHandleOfTheSelectedNodeIsOneResizeCommand() {
        var before = onEdt(() -> fixture.session.commandStack().getUndoCommand());
        click(at(fixture.target(), 0.08, 0.5));
        assertSame(before, onEdt(() -> fixture.session.commandStack().getUndoCommand()), "a click selects only");
        Point corner = at(fixture.target(), 1.0, 1.0);
        drag(corner, new Point(corner.x + 40, corner.y + 30));
        assertEquals(new Bounds(40, 60, 220, 90), bounds(fixture.target()));
        assertEquals("Resize", onEdt(() -> fixture.session.commandStack().getUndoCommand().getLabel()));
        pressWithCtrl(KeyEvent.VK_Z);
        assertSame(before, onEdt(() -> fixture.session.commandStack().getUndoCommand()), "one command");
        assertEquals(new Bounds(40, 60, 180, 60), bounds(fixture.target()));
    }

    @Test
    void f2EditsTheTitleInPlaceEnterKeepsItAsOneCommandAndEscapeLeavesItAlone() {
        String title = onEdt(() -> fixture.target().getTitle());
        click(at(fixture.target(), 0.08, 0.5));
        robot.pressAndReleaseKey(KeyEvent.VK_F2);
        NativeInput.settle();
        assertTrue(onEdt(() -> editor.graphComponent().isEditing()), "F2 opens the in-place editor");
        pressWithCtrl(KeyEvent.VK_A);
        robot.enterText("Meta revisada");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        NativeInput.settle();
        assertFalse(onEdt(() -> editor.graphComponent().isEditing()), "Enter ends the edit");
        assertEquals("Meta revisada", onEdt(() -> fixture.target().getTitle()));
        assertEquals("Rename", onEdt(() -> fixture.session.commandStack().getUndoCommand().getLabel()));

        robot.click(editor.graphComponent().getGraphControl(), at(fixture.target(), 0.08, 0.5), MouseButton.LEFT_BUTTON, 2);
        NativeInput.settle();
        assertTrue(onEdt(() -> editor.graphComponent().isEditing()), "a double-click opens it too");
        robot.enterText(" otra vez");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        NativeInput.settle();
        assertFalse(onEdt(() -> editor.graphComponent().isEditing()));
        assertEquals("Meta revisada", onEdt(() -> fixture.target().getTitle()), "Escape keeps the title");

        pressWithCtrl(KeyEvent.VK_Z);
        assertEquals(title, onEdt(() -> fixture.target().getTitle()));
    }

    @Test
    void ctrlWheelZoomsAtOneStepPerNotchAndAPlainWheelDoesNot() {
        robot.moveMouse(editor.graphComponent().getGraphControl(), new Point(300, 200));
        NativeInput.settle();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.rotateMouseWheel(-1);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        NativeInput.settle();
        assertEquals(1.2, onEdt(() -> editor.scale()), 1e-9);
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.rotateMouseWheel(1);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        NativeInput.settle();
        assertEquals(1.0, onEdt(() -> editor.scale()), 1e-9);
        robot.rotateMouseWheel(1);
        NativeInput.settle();
        assertEquals(1.0, onEdt(() -> editor.scale()), 1e-9);
    }

    @Test
    void draggingOnTheBackgroundSelectsTheNodesAndEdgesTheFrameEnclosesAndRunsNoCommand() {
        Edge edge = linkTargetTo107();
        var before = onEdt(() -> fixture.session.commandStack().getUndoCommand());
        drag(new Point(10, 10), new Point(700, 160));
        assertEquals(List.of(node(fixture.target()), node(fixture.sdg("10.7"))), onEdt(() -> editor.selectedNodes()));
        assertTrue(onEdt(() -> editor.graphComponent().getGraph().isCellSelected(editor.projection().cellOf(edge))),
                "the edge between them too");
        assertSame(before, onEdt(() -> fixture.session.commandStack().getUndoCommand()));
    }

    @Test
    void draggingWithTheMiddleButtonPansTheViewAndTouchesNoNode() {
        for (int i = 0; i < 6; i++) {
            pressWithCtrl(KeyEvent.VK_EQUALS);
        }
        onEdt(() -> {
            editor.graphComponent().getViewport().setViewPosition(new Point(0, 0));
            return null;
        });
        assertTrue(onEdt(() -> editor.graphComponent().getViewport().getViewSize().width
                - editor.graphComponent().getViewport().getExtentSize().width) > 150, "room to pan 150 px");
        var before = onEdt(() -> fixture.session.commandStack().getUndoCommand());
        // Pressed on node T1, on the screen: the control itself moves under the mouse as the view pans.
        Point onNode = at(fixture.target(), 0.5, 0.5);
        Point from = onEdt(() -> {
            Point onScreen = editor.graphComponent().getGraphControl().getLocationOnScreen();
            return new Point(onScreen.x + onNode.x, onScreen.y + onNode.y);
        });
        robot.moveMouse(from);
        NativeInput.settle();
        robot.pressMouse(MouseButton.MIDDLE_BUTTON);
        NativeInput.settle();
        for (int i = 1; i <= 5; i++) {
            robot.moveMouse(new Point(from.x - 30 * i, from.y));
            NativeInput.settle();
        }
        robot.releaseMouse(MouseButton.MIDDLE_BUTTON);
        NativeInput.settle();
        assertEquals(150, (int) onEdt(() -> editor.graphComponent().getViewport().getViewPosition().x),
                "the view follows the mouse");
        assertSame(before, onEdt(() -> fixture.session.commandStack().getUndoCommand()), "no command");
        assertEquals(List.of(), onEdt(() -> editor.selectedNodes()), "nothing selected");

        robot.pressMouse(MouseButton.MIDDLE_BUTTON);
        NativeInput.settle();
        robot.moveMouse(new Point(from.x - 150 - 60, from.y));
        NativeInput.settle();
        assertEquals(210, (int) onEdt(() -> editor.graphComponent().getViewport().getViewPosition().x));
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        robot.releaseMouse(MouseButton.MIDDLE_BUTTON);
        NativeInput.settle();
        assertEquals(150, (int) onEdt(() -> editor.graphComponent().getViewport().getViewPosition().x),
                "Escape puts the view back where the pan started");
    }

    @Test
    void draggingTheBendpointOfTheSelectedEdgeIsOneCommandWithTheNewRoute() {
        Edge edge = linkTargetTo107();
        onEdt(() -> {
            fixture.execute(fixture.diagramCommands.setBendpoints(edge,
                    List.of(new org.enlace.model.commands.Point(320, 200))));
            return null;
        });
        var before = onEdt(() -> fixture.session.commandStack().getUndoCommand());
        List<Point> route = firstTwoPoints(edge);
        click(new Point((route.get(0).x + route.get(1).x) / 2, (route.get(0).y + route.get(1).y) / 2));
        assertTrue(onEdt(() -> editor.graphComponent().getGraph().isCellSelected(editor.projection().cellOf(edge))),
                "a click on its line selects the edge");

        Point bend = route.get(1);
        drag(bend, new Point(bend.x + 40, bend.y + 30));
        assertEquals(List.of(List.of(360, 230)), onEdt(() -> edge.getBendpoints().stream()
                .map(point -> List.of(point.getX(), point.getY())).toList()));
        pressWithCtrl(KeyEvent.VK_Z);
        assertSame(before, onEdt(() -> fixture.session.commandStack().getUndoCommand()), "one command");
        assertEquals(List.of(List.of(320, 200)), onEdt(() -> edge.getBendpoints().stream()
                .map(point -> List.of(point.getX(), point.getY())).toList()));
    }

    @Test
    void theOverviewsFrameDragsTheViewAndAPressBesideItCentresTheViewThere() {
        for (int i = 0; i < 6; i++) {
            pressWithCtrl(KeyEvent.VK_EQUALS);
        }
        Overview overview = onEdt(() -> {
            editor.graphComponent().getViewport().setViewPosition(new Point(0, 0));
            Overview shown = (Overview) editor.overview();
            JFrame window = new JFrame("Overview");
            window.add(shown);
            window.setBounds(20, 420, 300, 200);
            window.setVisible(true);
            return shown;
        });
        NativeInput.settle();
        Rectangle frame = onEdt(overview::frame);
        Point middle = new Point((int) frame.getCenterX(), (int) frame.getCenterY());
        robot.moveMouse(overview, middle);
        NativeInput.settle();
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        NativeInput.settle();
        robot.moveMouse(overview, new Point(middle.x + 10, middle.y));
        NativeInput.settle();
        robot.moveMouse(overview, new Point(middle.x + 20, middle.y));
        NativeInput.settle();
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        NativeInput.settle();
        Point dragged = onEdt(() -> editor.graphComponent().getViewport().getViewPosition());
        assertTrue(dragged.x > 0, "dragging the frame right pans right: " + dragged);
        assertEquals(0, dragged.y);

        Rectangle moved = onEdt(overview::frame);
        Point beside = new Point(moved.x + moved.width + 15, (int) moved.getCenterY());
        robot.click(overview, beside);
        NativeInput.settle();
        Rectangle centred = onEdt(overview::frame);
        assertTrue(centred.contains(beside), beside + " is now inside the frame " + centred);
        assertTrue(onEdt(() -> editor.graphComponent().getViewport().getViewPosition().x) > dragged.x);
        onEdt(() -> {
            SwingUtilities.getWindowAncestor(overview).dispose();
            return null;
        });
    }

    @Test
    void draggingTheHollowHandleInTheMiddleOfAStraightEdgeAddsABendpointThere() {
        Edge edge = linkTargetTo107();
        var before = onEdt(() -> fixture.session.commandStack().getUndoCommand());
        List<Point> ends = firstTwoPoints(edge);
        click(new Point((3 * ends.get(0).x + ends.get(1).x) / 4, (3 * ends.get(0).y + ends.get(1).y) / 4));
        Point middle = new Point((ends.get(0).x + ends.get(1).x) / 2, (ends.get(0).y + ends.get(1).y) / 2);
        Point drop = new Point(middle.x, middle.y + 100);
        drag(middle, drop);

        List<Integer> expected = onEdt(() -> {
            var view = editor.graphComponent().getGraph().getView();
            return List.of((int) Math.round((drop.x / view.getScale() - view.getTranslate().getX()) / 10) * 10,
                    (int) Math.round((drop.y / view.getScale() - view.getTranslate().getY()) / 10) * 10);
        });
        assertEquals(List.of(expected), onEdt(() -> edge.getBendpoints().stream()
                .map(point -> List.of(point.getX(), point.getY())).toList()), "one bendpoint, where it was dropped");
        pressWithCtrl(KeyEvent.VK_Z);
        assertSame(before, onEdt(() -> fixture.session.commandStack().getUndoCommand()), "one command");
        assertTrue(onEdt(() -> edge.getBendpoints().isEmpty()));
    }
}
