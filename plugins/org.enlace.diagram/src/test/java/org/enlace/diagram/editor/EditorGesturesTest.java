package org.enlace.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.enlace.diagram.PlanFixture;
import org.enlace.model.Bendpoint;
import org.enlace.model.Diagram;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.Point;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mxgraph.model.mxGeometry;
import com.mxgraph.util.mxPoint;
import com.mxgraph.util.mxRectangle;

/**
 * Each gesture, made through the graph the way JGraphX's handlers make it (or through the editor's
 * actions), runs exactly one command on the session's stack with the expected change; one undo
 * restores the model and the cells. No window: Swing's component needs a
 * display, so these drive the editor's core, which the component's handlers and actions call.
 */
class EditorGesturesTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private Diagram diagram;
    private EditorCore editor;
    private Command before;

    @BeforeEach
    void openEditor() throws Exception {
        fixture = PlanFixture.open(dir);
        diagram = fixture.diagram("Salud", fixture.goal(), new Bounds(100, 100, 180, 60),
                fixture.target(), new Bounds(100, 300, 180, 60), fixture.indicator(), new Bounds(400, 300, 180, 60),
                fixture.sdg("10.7"), new Bounds(400, 100, 180, 60));
        editor = new EditorCore(fixture.session, diagram, new EditorClipboard());
        before = fixture.session.commandStack().getUndoCommand();
    }

    @AfterEach
    void close() {
        editor.close();
    }

    private Node node(EObject element) {
        return DiagramQuery.nodeOf(diagram, element).orElseThrow();
    }

    private Object cell(EObject element) {
        return editor.projection().cellOf(node(element));
    }

    private Bounds cellBounds(EObject element) {
        mxGeometry geometry = editor.graph().getModel().getGeometry(cell(element));
        return new Bounds((int) geometry.getX(), (int) geometry.getY(), (int) geometry.getWidth(),
                (int) geometry.getHeight());
    }

    /** Exactly one command ran since the test began: one undo gets back to where it started. */
    private void assertOneCommandThenUndo() {
        Command top = fixture.session.commandStack().getUndoCommand();
        assertTrue(top != null && top != before, "a command ran");
        assertTrue(fixture.session.undo());
        assertSame(before, fixture.session.commandStack().getUndoCommand(), "exactly one command ran");
    }

    private void assertNoCommand() {
        assertSame(before, fixture.session.commandStack().getUndoCommand(), "no command ran");
    }

    @Test
    void movingTwoNodesIsOneSetBoundsCommandAndUndoPutsTheCellsBack() {
        editor.graph().moveCells(new Object[] {cell(fixture.goal()), cell(fixture.target())}, 30, -20, false, null,
                null);
        assertEquals(new Bounds(130, 80, 180, 60), Bounds.of(node(fixture.goal())));
        assertEquals(new Bounds(130, 280, 180, 60), Bounds.of(node(fixture.target())));
        assertEquals(new Bounds(130, 80, 180, 60), cellBounds(fixture.goal()));
        assertEquals("Move", fixture.session.commandStack().getUndoCommand().getLabel());
        assertOneCommandThenUndo();
        assertEquals(new Bounds(100, 100, 180, 60), Bounds.of(node(fixture.goal())));
        assertEquals(new Bounds(100, 300, 180, 60), cellBounds(fixture.target()));
    }

    @Test
    void resizingANodeIsOneCommand() {
        editor.graph().resizeCells(new Object[] {cell(fixture.goal())}, new mxRectangle[] {new mxRectangle(90, 100, 250, 80)});
        assertEquals(new Bounds(90, 100, 250, 80), Bounds.of(node(fixture.goal())));
        assertEquals(new Bounds(90, 100, 250, 80), cellBounds(fixture.goal()));
        assertOneCommandThenUndo();
        assertEquals(new Bounds(100, 100, 180, 60), cellBounds(fixture.goal()));
    }

    @Test
    void movingANodeWhoseFileHasNoSizeKeepsItWithoutOne() {
        Node goal = node(fixture.goal());
        fixture.execute(fixture.diagramCommands.setBounds(java.util.Map.of(goal, new Bounds(100, 100, 0, 0))));
        before = fixture.session.commandStack().getUndoCommand();
        editor.graph().moveCells(new Object[] {cell(fixture.goal())}, 10, 10, false, null, null);
        assertEquals(new Bounds(110, 110, 0, 0), Bounds.of(goal));
        assertOneCommandThenUndo();
    }

    @Test
    void draggingABendpointReroutesTheEdgeInOneCommand() {
        Object edgeCell = editor.projection().cellOf(diagram.getEdges().get(0));
        assertTrue(editor.gestures().bend(edgeCell, List.of(new mxPoint(250.4, 200.6))));
        List<Point> points = new ArrayList<>();
        for (Bendpoint bendpoint : diagram.getEdges().get(0).getBendpoints()) {
            points.add(new Point(bendpoint.getX(), bendpoint.getY()));
        }
        assertEquals(List.of(new Point(250, 201)), points);
        assertEquals(1, editor.graph().getModel().getGeometry(edgeCell).getPoints().size());
        assertOneCommandThenUndo();
        assertNull(editor.graph().getModel().getGeometry(edgeCell).getPoints());
    }

    @Test
    void arrowKeysNudgeTheSelectionByOneOrTenUnits() {
        editor.select(List.of(node(fixture.goal())));
        assertTrue(editor.nudge(EditorKeys.BIG_STEP, 0));
        assertEquals(110, node(fixture.goal()).getX());
        assertOneCommandThenUndo();
        assertTrue(editor.nudge(0, -EditorKeys.STEP));
        assertEquals(99, node(fixture.goal()).getY());
    }

    @Test
    void aRefusedPairGivesItsReasonAndDrawsNothing() {
        String expected = fixture.diagramCommands.check(node(fixture.sdg("10.7")), node(fixture.goal())).reason();
        assertEquals("An SDG target cannot be linked to a goal: links from SDG targets end at indicators and SDG"
                + " indicators.", expected);
        assertEquals(expected, editor.graph().getEdgeValidationError(null, cell(fixture.sdg("10.7")),
                cell(fixture.goal())));
        assertFalse(editor.gestures().connect(cell(fixture.sdg("10.7")), cell(fixture.goal()),
                LinkKind.ALIGNS_PARTIALLY));
        assertEquals("", editor.graph().getEdgeValidationError(null, cell(fixture.goal()), null));
        assertNoCommand();
    }

    @Test
    void anAllowedPairIsValidAndConnectingDrawsTheLinkAndItsEdgeInOneCommand() {
        assertNull(editor.graph().getEdgeValidationError(null, cell(fixture.target()), cell(fixture.sdg("10.7"))));
        int links = fixture.model.getLinks().size();
        int edges = diagram.getEdges().size();
        assertTrue(editor.gestures().connect(cell(fixture.target()), cell(fixture.sdg("10.7")),
                LinkKind.ALIGNS_FULLY));
        Link link = fixture.model.getLinks().get(links);
        assertSame(fixture.target(), link.getSource());
        assertEquals(LinkKind.ALIGNS_FULLY, link.getKind());
        assertNotNull(editor.projection().cellOf(DiagramQuery.edgeOf(diagram, link).orElseThrow()));
        assertOneCommandThenUndo();
        assertEquals(links, fixture.model.getLinks().size());
        assertEquals(edges, diagram.getEdges().size());
    }

    @Test
    void labelEditRenamesAPlanElementAndCatalogueEntriesAreNotEditable() {
        assertFalse(editor.graph().isCellEditable(cell(fixture.sdg("10.7"))));
        editor.graph().cellLabelChanged(cell(fixture.sdg("10.7")), "Migración ordenada", false);
        assertNoCommand();
        assertTrue(editor.graph().isCellEditable(cell(fixture.goal())));
        assertEquals("Salud para migrantes", editor.gestures().editingText(cell(fixture.goal())));
        editor.graph().cellLabelChanged(cell(fixture.goal()), "  Salud y migración ", false);
        assertEquals("Salud y migración", fixture.goal().getTitle());
        assertTrue(((String) editor.graph().getModel().getValue(cell(fixture.goal()))).contains("Salud y migración"));
        assertOneCommandThenUndo();
        assertEquals("Salud para migrantes", fixture.goal().getTitle());
    }

    @Test
    void lineBreaksTypedIntoATitleBecomeSpacesForATitleIsOneLine() {
        editor.graph().cellLabelChanged(cell(fixture.goal()), "Salud \n y\r\nmigración\n", false);
        assertEquals("Salud y migración", fixture.goal().getTitle());
        assertOneCommandThenUndo();
    }

    @Test
    void deleteRemovesTheSelectionFromTheDiagramOnly() {
        editor.select(List.of(node(fixture.goal())));
        assertTrue(editor.removeSelection());
        assertTrue(DiagramQuery.nodeOf(diagram, fixture.goal()).isEmpty());
        assertSame(fixture.pillar(), fixture.goal().eContainer());
        assertOneCommandThenUndo();
        assertNotNull(cell(fixture.goal()));
    }

    @Test
    void deleteFromModelAsksWithTheSummaryAndDoesNothingOnNo() {
        List<String> asked = new ArrayList<>();
        editor.select(List.of(node(fixture.target())));
        assertFalse(editor.deleteSelection(sentence -> asked.add(sentence) && false, reason -> { }));
        assertEquals(List.of(fixture.diagramCommands.deletionSummary(List.of(node(fixture.target()))).sentence()),
                asked);
        assertNoCommand();
        assertTrue(editor.deleteSelection(sentence -> true, reason -> { }));
        assertTrue(fixture.goal().getTargets().isEmpty());
        assertOneCommandThenUndo();
        assertEquals(1, fixture.goal().getTargets().size());
    }

    @Test
    void deleteFromModelOfACatalogueEntryTellsWhyAndAsksNothing() {
        List<String> told = new ArrayList<>();
        editor.select(List.of(node(fixture.sdg("10.7"))));
        assertFalse(editor.deleteSelection(sentence -> {
            throw new AssertionError("asked");
        }, told::add));
        assertEquals(1, told.size());
        assertNoCommand();
    }
}
