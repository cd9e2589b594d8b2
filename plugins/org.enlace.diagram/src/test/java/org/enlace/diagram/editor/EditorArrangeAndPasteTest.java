package org.enlace.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.enlace.diagram.PlanFixture;
import org.enlace.model.Diagram;
import org.enlace.model.Goal;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Align and distribute on a three-node diagram, and where pastes land, each as one command. */
class EditorArrangeAndPasteTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private Diagram diagram;
    private EditorCore editor;
    private EditorClipboard clipboard;

    @BeforeEach
    void openEditor() throws Exception {
        fixture = PlanFixture.open(dir);
        diagram = fixture.diagram("Salud", fixture.goal(), new Bounds(10, 100, 40, 30),
                fixture.target(), new Bounds(200, 20, 50, 60), fixture.indicator(), new Bounds(60, 150, 100, 40));
        clipboard = new EditorClipboard();
        editor = new EditorCore(fixture.session, diagram, clipboard);
        editor.selectAll();
    }

    @AfterEach
    void close() {
        editor.close();
    }

    private Bounds bounds(EObject element) {
        return Bounds.of(DiagramQuery.nodeOf(diagram, element).orElseThrow());
    }

    private void assertBounds(Bounds goal, Bounds target, Bounds indicator) {
        assertEquals(List.of(goal, target, indicator),
                List.of(bounds(fixture.goal()), bounds(fixture.target()), bounds(fixture.indicator())));
    }

    @Test
    void alignRightIsOneCommandThatUndoTakesBack() {
        assertTrue(editor.align(Alignment.RIGHT));
        assertBounds(new Bounds(210, 100, 40, 30), new Bounds(200, 20, 50, 60), new Bounds(150, 150, 100, 40));
        assertTrue(fixture.session.undo());
        assertBounds(new Bounds(10, 100, 40, 30), new Bounds(200, 20, 50, 60), new Bounds(60, 150, 100, 40));
        assertEquals("Add to diagram", fixture.session.commandStack().getUndoCommand().getLabel());
    }

    @Test
    void alignMiddleCentresOnTheSelectionsMiddleLine() {
        assertTrue(editor.align(Alignment.MIDDLE));
        assertBounds(new Bounds(10, 90, 40, 30), new Bounds(200, 75, 50, 60), new Bounds(60, 85, 100, 40));
    }

    @Test
    void distributeHorizontallyEqualisesTheGaps() {
        assertTrue(editor.distribute(Arrangement.Axis.HORIZONTAL));
        assertBounds(new Bounds(10, 100, 40, 30), new Bounds(200, 20, 50, 60), new Bounds(75, 150, 100, 40));
        assertTrue(fixture.session.undo());
        assertEquals(new Bounds(60, 150, 100, 40), bounds(fixture.indicator()));
    }

    @Test
    void pasteIntoTheSameDiagramLandsBesideTheOriginalAndRepeatedPastesCascade() {
        editor.select(List.of(DiagramQuery.nodeOf(diagram, fixture.goal()).orElseThrow()));
        assertTrue(editor.copy());
        assertTrue(editor.paste());
        Node first = editor.selectedNodes().get(0);
        assertEquals(new Bounds(30, 120, 40, 30), Bounds.of(first));
        assertEquals("Salud para migrantes (copy)", ((Goal) first.getElement()).getTitle());
        assertTrue(editor.paste());
        assertEquals(new Bounds(50, 140, 40, 30), Bounds.of(editor.selectedNodes().get(0)));
        assertTrue(fixture.session.undo());
        assertEquals(4, diagram.getNodes().size());
    }

    @Test
    void pasteIntoAnotherDiagramShowsTheSameElementWhereItLay() {
        editor.select(List.of(DiagramQuery.nodeOf(diagram, fixture.goal()).orElseThrow()));
        assertTrue(editor.copy());
        Diagram other = fixture.diagram("Otro");
        EditorCore otherEditor = new EditorCore(fixture.session, other, clipboard);
        try {
            assertTrue(otherEditor.paste());
            Node shown = other.getNodes().get(0);
            assertSame(fixture.goal(), shown.getElement());
            assertEquals(new Bounds(10, 100, 40, 30), Bounds.of(shown));
            assertTrue(otherEditor.paste());
            assertEquals(new Bounds(30, 120, 40, 30), Bounds.of(other.getNodes().get(1)));
        } finally {
            otherEditor.close();
        }
    }

    @Test
    void cutTakesTheNodesOffTheDiagramAndPasteShowsThemAgain() {
        editor.select(List.of(DiagramQuery.nodeOf(diagram, fixture.goal()).orElseThrow()));
        assertTrue(editor.cut());
        assertTrue(DiagramQuery.nodeOf(diagram, fixture.goal()).isEmpty());
        assertTrue(editor.paste());
        assertEquals(new Bounds(30, 120, 40, 30), bounds(fixture.goal()));
    }
}
