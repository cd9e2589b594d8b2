package org.enlace.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enlace.diagram.PlanDiagrams;
import org.enlace.diagram.PlanFixture;
import org.enlace.model.Bendpoint;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.ModelCommands;
import org.enlace.model.commands.ModelSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every layout of the example model's diagram: no two nodes overlap, and one undo restores the old bounds. */
class DiagramLayoutsTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("enlace.repository", "../.."),
            "examples", "colombia-pnd-2022-2026.enlace");

    @TempDir
    Path dir;

    private ModelSession session;
    private Diagram diagram;

    @BeforeEach
    void diagramOfTheExample() throws Exception {
        Path copy = dir.resolve("example.enlace");
        Files.copy(EXAMPLE, copy);
        session = ModelSession.open(copy);
        PlanDiagrams diagrams = new PlanDiagrams(session);
        // Organic first, so that each layout below really moves the nodes.
        assertTrue(session.execute(diagrams.newDiagram("PND", diagrams.wholeModel(), LayoutKind.ORGANIC)));
        diagram = session.model().getDiagrams().get(0);
    }

    private Map<String, Bounds> bounds() {
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        diagram.getNodes().forEach(node -> bounds.put(node.getElement().getId(), Bounds.of(node)));
        return bounds;
    }

    @Test
    void theExampleDiagramShowsThePlanItsEntryPointsAndLinkedCatalogueEntries() {
        assertEquals(List.of("pnd", "t2", "g-rui", "tg-rui-act", "i-rui", "g-siep", "tg-siep-regl", "i-siep",
                "g-salud-mig", "tg-deuda-salud", "i-pagos-salud", "t5", "g-aeropuertos", "g-exterior", "ep-1", "ep-2",
                "ep-3", "3.8", "15", "10.7", "8.3.1", "9.1"), List.copyOf(bounds().keySet()));
        assertEquals(6, diagram.getEdges().size());
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void noTwoNodesOverlapAndUndoRestoresTheBoundsExactly(LayoutKind kind) {
        if (kind == LayoutKind.ORGANIC) {
            assertTrue(session.execute(new DiagramLayouts(session).layout(diagram, LayoutKind.TREE)));
        }
        Map<String, Bounds> before = bounds();
        assertTrue(session.execute(new DiagramLayouts(session).layout(diagram, kind)));
        Map<String, Bounds> after = bounds();
        assertNotEquals(before, after);
        PlanFixture.assertNoOverlaps(diagram);
        assertTrue(session.undo());
        assertEquals(before, bounds());
        assertTrue(session.redo());
        assertEquals(after, bounds());
    }

    @Test
    void aLayoutKeepsNodeSizesAndDropsBendpointsInTheSameCommand() {
        Edge edge = diagram.getEdges().get(0);
        Bendpoint bendpoint = EnlaceFactory.eINSTANCE.createBendpoint();
        bendpoint.setX(3);
        bendpoint.setY(4);
        assertTrue(session.execute(new ModelCommands(session).create(edge, EnlacePackage.Literals.EDGE__BENDPOINTS,
                bendpoint)));
        Map<String, Bounds> before = bounds();
        assertTrue(session.execute(new DiagramLayouts(session).layout(diagram, LayoutKind.HIERARCHICAL)));
        assertTrue(edge.getBendpoints().isEmpty());
        bounds().forEach((id, after) -> assertEquals(List.of(before.get(id).width(), before.get(id).height()),
                List.of(after.width(), after.height()), id));
        assertTrue(session.undo());
        assertEquals(1, edge.getBendpoints().size());
        assertEquals(before, bounds());
    }

    @Test
    void layingOutTwiceTheSameWayChangesNothingTheSecondTime() {
        assertTrue(session.execute(new DiagramLayouts(session).layout(diagram, LayoutKind.HIERARCHICAL)));
        assertFalse(new DiagramLayouts(session).layout(diagram, LayoutKind.HIERARCHICAL).canExecute());
    }
}
