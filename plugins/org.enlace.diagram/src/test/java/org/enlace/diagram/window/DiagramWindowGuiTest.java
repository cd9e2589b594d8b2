package org.enlace.diagram.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.swing.JComponent;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.enlace.diagram.PlanFixture;
import org.enlace.diagram.editor.DiagramEditor;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.Goal;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.NodeSpec;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.l10n.Messages;
import org.enlace.testsupport.GuiTest;
import org.enlace.testsupport.NativeInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.view.mxGraph;

/**
 * The diagram window on the fixture model, driven by keyboard and mouse: type "10.7" in the
 * catalogue chooser and press Enter, save from the File menu, reopen the file and find the node;
 * arm the palette's goal and click on the diagram; close with unsaved changes and answer the
 * question; hide a link kind from the View menu; drag a kind from the palette onto the diagram.
 */
@GuiTest
class DiagramWindowGuiTest {

    @TempDir
    Path dir;

    private Robot robot;
    private PlanFixture fixture;
    private Diagram diagram;
    private FrameFixture window;

    @BeforeEach
    void openWindow() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        fixture = PlanFixture.open(dir);
        DiagramWindow frame = onEdt(() -> {
            diagram = fixture.diagram("PND", fixture.target(), new Bounds(40, 60, 180, 60));
            fixture.session.save();
            DiagramWindow opened = DiagramWindows.open(fixture.session, diagram);
            opened.setLocation(0, 0);
            return opened;
        });
        window = new FrameFixture(robot, frame);
        NativeInput.settle();
    }

    @AfterEach
    void closeWindow() {
        window.cleanUp();
        Messages.setLocale(null);
    }

    private static <T> T onEdt(Callable<T> action) {
        return GuiActionRunner.execute(action);
    }

    @Test
    void typing107AndEnterAddsTheSdgTargetAndSavingKeepsIt() throws Exception {
        assertEquals("plan.enlace \u2013 PND \u2013 Enlace", window.target().getTitle());
        window.textBox("chooser.field").enterText("10.7");
        NativeInput.settle();
        window.list("chooser.results").requireSelection(0);
        window.textBox("chooser.field").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        NativeInput.settle();
        Node node = onEdt(() -> DiagramQuery.nodeOf(diagram, fixture.sdg("10.7")).orElseThrow());
        assertEquals(40, node.getX());
        assertEquals("Added 1 catalogue entry to the diagram.", window.label("status").text());
        assertEquals("*plan.enlace \u2013 PND \u2013 Enlace", window.target().getTitle());

        window.menuItem("file.save").click();
        NativeInput.settle();
        assertEquals("plan.enlace \u2013 PND \u2013 Enlace", window.target().getTitle());
        ModelSession reopened = ModelSession.open(fixture.session.file());
        Diagram saved = DiagramQuery.byName(reopened.model(), "PND").orElseThrow();
        assertTrue(saved.getNodes().stream().anyMatch(n -> "10.7".equals(n.getElement().getId())));
        assertEquals(2, saved.getNodes().size());
    }

    @Test
    void anArmedPaletteKindIsCreatedWhereTheDiagramIsClickedInItsContainer() {
        window.toggleButton("palette.goal").click();
        NativeInput.settle();
        window.toggleButton("palette.goal").requireSelected();
        onEdt(() -> {
            window.target().toFront();
            return null;
        });
        JComponent canvas = onEdt(() -> ((mxGraphComponent) ((DiagramWindow) window.target()).editor().component())
                .getGraphControl());
        robot.click(canvas, new java.awt.Point(300, 250), MouseButton.MIDDLE_BUTTON, 1);
        NativeInput.settle();
        assertEquals(1, onEdt(() -> diagram.getNodes().size()), "a middle click (a pan) places nothing");
        window.toggleButton("palette.goal").requireSelected();
        robot.click(canvas, new java.awt.Point(300, 250));
        NativeInput.settle();
        Node node = onEdt(() -> diagram.getNodes().get(diagram.getNodes().size() - 1));
        Goal goal = (Goal) node.getElement();
        assertTrue(onEdt(() -> goal.eContainer() == fixture.pillar()), "the goal goes into T1's pillar");
        assertEquals("Nuevo objetivo", onEdt(goal::getTitle));
        assertEquals(2, onEdt(() -> diagram.getNodes().size()));
        window.toggleButton("palette.goal").requireNotSelected();
    }

    @Test
    void closingWithUnsavedChangesAsksCancelKeepsTheWindowAndDontSaveLeavesTheFileAsItWas() throws Exception {
        String title = onEdt(() -> fixture.target().getTitle());
        onEdt(() -> {
            fixture.execute(fixture.diagramCommands.rename(fixture.target(), "Meta sin guardar"));
            return null;
        });
        window.close();
        NativeInput.settle();
        JOptionPaneFixture question = JOptionPaneFinder.findOptionPane().using(robot);
        question.buttonWithText("Cancel").click();
        NativeInput.settle();
        window.requireVisible();
        assertEquals("*plan.enlace \u2013 PND \u2013 Enlace", window.target().getTitle());
        assertEquals("Meta sin guardar", onEdt(() -> fixture.target().getTitle()));

        window.close();
        NativeInput.settle();
        JOptionPaneFinder.findOptionPane().using(robot).buttonWithText("Don't save").click();
        NativeInput.settle();
        window.requireNotVisible();
        ModelSession reopened = ModelSession.open(fixture.session.file());
        assertEquals(title, ((org.enlace.model.Target) reopened.model().getPlans().get(0).getPillars().get(0)
                .getGoals().get(0).getTargets().get(0)).getTitle());
    }

    @Test
    void hidingALinkKindFromTheViewMenuHidesItsEdgesInThisViewOnly() throws Exception {
        Edge edge = onEdt(() -> {
            fixture.execute(fixture.diagramCommands.addNodes(diagram,
                    List.of(new NodeSpec(fixture.indicator(), new Bounds(40, 220, 180, 60)))));
            return diagram.getEdges().get(0);
        });
        assertEquals(LinkKind.MEASURED_BY, onEdt(() -> edge.getLink().getKind()));
        var before = onEdt(() -> fixture.session.commandStack().getUndoCommand());
        clickThroughMenus("menu.view", "view.filters", "view.filters.linkKind." + LinkKind.MEASURED_BY.getLiteral());
        assertFalse(onEdt(() -> graph().getModel().isVisible(editor().projection().cellOf(edge))), "the edge is hidden");
        assertTrue(onEdt(() -> graph().getModel().isVisible(editor().projection().cellOf(node(fixture.target())))));
        assertSame(before, onEdt(() -> fixture.session.commandStack().getUndoCommand()), "no command");
        assertEquals(1, onEdt(() -> diagram.getEdges().size()), "the diagram keeps the edge");

        clickThroughMenus("menu.view", "view.filters", "view.filters.linkKind." + LinkKind.MEASURED_BY.getLiteral());
        assertTrue(onEdt(() -> graph().getModel().isVisible(editor().projection().cellOf(edge))), "shown again");
    }

    @Test
    void draggingAPaletteKindOntoTheDiagramCreatesItWhereItIsReleasedAndNowhereElse() {
        JComponent goalButton = window.toggleButton("palette.goal").target();
        JComponent canvas = onEdt(() -> ((mxGraphComponent) editor().component()).getGraphControl());
        var before = onEdt(() -> fixture.session.commandStack().getUndoCommand());

        dragFrom(goalButton, window.label("status").target(), new java.awt.Point(20, 5));
        assertSame(before, onEdt(() -> fixture.session.commandStack().getUndoCommand()), "dropped off the diagram");
        assertEquals(1, onEdt(() -> diagram.getNodes().size()));

        dragFrom(goalButton, canvas, new java.awt.Point(300, 250));
        assertEquals(2, onEdt(() -> diagram.getNodes().size()));
        Node node = onEdt(() -> diagram.getNodes().get(1));
        assertTrue(onEdt(() -> node.getElement() instanceof Goal && node.getElement().eContainer() == fixture.pillar()));
        List<Integer> expected = onEdt(() -> {
            var view = graph().getView();
            return List.of((int) Math.round(300 / view.getScale() - view.getTranslate().getX()),
                    (int) Math.round(250 / view.getScale() - view.getTranslate().getY()));
        });
        assertEquals(expected, onEdt(() -> List.of(node.getX(), node.getY())), "its top-left corner where released");
        window.toggleButton("palette.goal").requireNotSelected();
    }

    /** Presses the mouse on {@code source}, moves past the drag threshold and on to {@code at} on {@code target}, releases. */
    private void dragFrom(JComponent source, JComponent target, java.awt.Point at) {
        java.awt.Point middle = onEdt(() -> new java.awt.Point(source.getWidth() / 2, source.getHeight() / 2));
        robot.moveMouse(source, middle);
        NativeInput.settle();
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        NativeInput.settle();
        robot.moveMouse(source, new java.awt.Point(middle.x + 15, middle.y));
        NativeInput.settle();
        robot.moveMouse(target, new java.awt.Point(at.x + 1, at.y));
        NativeInput.settle();
        robot.moveMouse(target, at);
        NativeInput.settle();
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        NativeInput.settle();
    }

    /**
     * Clicks each named menu, then the item, with the mouse, each click handled before the next.
     * A plain AWT robot clicks here: AssertJ Swing's click waited its whole 10 s idle timeout on
     * the submenu, whose opening keeps the event queue busy.
     */
    private void clickThroughMenus(String... names) throws Exception {
        java.awt.Robot mouse = new java.awt.Robot();
        for (String name : names) {
            JComponent menu = window.menuItem(name).target();
            // A submenu opens on Swing's menu timer, after the click that asked for it has been handled.
            Pause.pause(new Condition(name + " is showing") {
                @Override
                public boolean test() {
                    return onEdt(menu::isShowing);
                }
            }, 5_000);
            java.awt.Point middle = onEdt(() -> {
                java.awt.Point corner = menu.getLocationOnScreen();
                return new java.awt.Point(corner.x + menu.getWidth() / 2, corner.y + menu.getHeight() / 2);
            });
            mouse.mouseMove(middle.x, middle.y);
            mouse.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
            mouse.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
            NativeInput.settle();
        }
    }

    private DiagramEditor editor() {
        return ((DiagramWindow) window.target()).editor();
    }

    private mxGraph graph() {
        return ((mxGraphComponent) editor().component()).getGraph();
    }

    private Node node(org.eclipse.emf.ecore.EObject element) {
        return DiagramQuery.nodeOf(diagram, element).orElseThrow();
    }
}
