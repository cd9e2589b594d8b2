package org.enlace.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.enlace.diagram.layout.LayoutKind;
import org.enlace.model.Diagram;
import org.enlace.model.Identified;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A laid-out diagram of the plan (or of one element) made in one command. */
class PlanDiagramsTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private PlanDiagrams diagrams;

    @BeforeEach
    void open() throws Exception {
        fixture = PlanFixture.open(dir);
        diagrams = new PlanDiagrams(fixture.session);
    }

    private static List<String> ids(List<? extends Identified> elements) {
        return elements.stream().map(Identified::getId).toList();
    }

    @Test
    void theWholeModelIsThePlansTheirEntryPointsAndWhatTheyAreLinkedTo() {
        assertEquals(List.of("plan", "p1", "g1", "t1", "i1", "ep", "3.8", "15", "10.7"), ids(diagrams.wholeModel()));
    }

    @Test
    void fromAnElementIsItsContentsTheirEntryPointsAndWhatTheyAreLinkedTo() {
        assertEquals(List.of("g1", "t1", "i1", "ep", "3.8", "15", "10.7"), ids(diagrams.from(fixture.goal())));
        assertEquals(List.of("t1", "i1"), ids(diagrams.from(fixture.target())));
    }

    @Test
    void aNewDiagramIsOneCommandWithANodePerElementAndAnEdgePerLinkLaidOutWithoutOverlaps() {
        Command command = diagrams.newDiagram("Todo", diagrams.wholeModel(), LayoutKind.HIERARCHICAL);
        assertEquals("New diagram “Todo”", command.getLabel());
        fixture.execute(command);
        Diagram diagram = DiagramQuery.byName(fixture.model, "Todo").orElseThrow();
        assertEquals(List.of("plan", "p1", "g1", "t1", "i1", "ep", "3.8", "15", "10.7"),
                diagram.getNodes().stream().map(node -> node.getElement().getId()).toList());
        assertEquals(List.of("l1", "l2", "l3", "l4"),
                diagram.getEdges().stream().map(edge -> edge.getLink().getId()).sorted().toList());
        PlanFixture.assertNoOverlaps(diagram);
        Map<String, Bounds> laidOut = boundsById(diagram);

        assertTrue(fixture.session.undo());
        assertTrue(fixture.model.getDiagrams().isEmpty());
        assertFalse(fixture.session.commandStack().canUndo());
        assertTrue(fixture.session.redo());
        assertEquals(laidOut, boundsById(fixture.model.getDiagrams().get(0)));
    }

    @Test
    void theHierarchicalLayoutRanksThePlanTopToBottomWithTheRestBeside() {
        fixture.execute(diagrams.newDiagram("Todo", diagrams.wholeModel(), LayoutKind.HIERARCHICAL));
        Map<String, Bounds> bounds = boundsById(fixture.model.getDiagrams().get(0));
        List<String> ranks = List.of("plan", "p1", "g1", "t1", "i1");
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(bounds.get(ranks.get(i)).y() >= bounds.get(ranks.get(i - 1)).bottom(), ranks.get(i));
        }
        int planRight = ranks.stream().mapToInt(id -> bounds.get(id).right()).max().orElseThrow();
        for (String side : List.of("ep", "3.8", "15", "10.7")) {
            assertTrue(bounds.get(side).x() > planRight, side);
        }
        assertTrue(bounds.get("ep").right() < bounds.get("3.8").x(), "entry points come first, then SDG targets");
    }

    @Test
    void aTakenNameOrNothingToShowIsRefused() {
        fixture.execute(diagrams.newDiagram("Todo", diagrams.wholeModel(), LayoutKind.TREE));
        assertFalse(diagrams.newDiagram("Todo", diagrams.wholeModel(), LayoutKind.TREE).canExecute());
        assertFalse(diagrams.newDiagram("Vacío", List.of(), LayoutKind.TREE).canExecute());
    }

    static Map<String, Bounds> boundsById(Diagram diagram) {
        return diagram.getNodes().stream().collect(Collectors.toMap(node -> node.getElement().getId(), Bounds::of));
    }
}
