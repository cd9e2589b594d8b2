package org.enlace.model.commands;

import static org.enlace.model.commands.DiagramFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.enlace.model.Diagram;
import org.enlace.model.EnlaceFactory;
import org.junit.jupiter.api.Test;

class DiagramClipboardTest extends DiagramTestCase {

    @Test
    void aSnapshotKeepsTheElementsTheirPlacesFromTheTopLeftCornerTheirStylesAndTheLinksAmongThem() {
        DiagramClipboard clipboard = DiagramClipboard.of(f.empleo().getNodes());

        assertEquals(List.of(
                new DiagramClipboard.Entry(f.goal(), new Bounds(0, 0, 160, 60), "fillColor=#FFFFFF"),
                new DiagramClipboard.Entry(f.sdg("10.7"), new Bounds(290, 0, 160, 60), "fillColor=#FFFFFF")),
                clipboard.entries());
        assertEquals(List.of("l-1", "l-2"), ids(clipboard.links()), "l-2 joins the target and indicator in the goal");
        assertEquals(new Point(10, 10), clipboard.origin());
    }

    @Test
    void linksBetweenElementsInsideACopiedElementCount() {
        DiagramClipboard clipboard = DiagramClipboard.of(List.of(f.node(f.empleo(), f.goal())));

        assertEquals(List.of("l-2"), ids(clipboard.links()), "target → indicator lie inside the goal; 10.7 is out");
    }

    @Test
    void anElementShownOnSeveralSelectedDiagramsIsTakenOnce() {
        Diagram other = f.newDiagram("Otro");
        f.session.execute(f.commands.addNodes(other, List.of(new NodeSpec(f.goal(), new Bounds(500, 500, 10, 10)))));

        DiagramClipboard clipboard = DiagramClipboard.of(
                List.of(f.node(f.empleo(), f.goal()), f.node(other, f.goal())));

        assertEquals(List.of(new DiagramClipboard.Entry(f.goal(), new Bounds(0, 0, 160, 60), "fillColor=#FFFFFF")),
                clipboard.entries());
    }

    @Test
    void nodesOnNoDiagramGiveAnEmptyClipboard() {
        assertTrue(DiagramClipboard.of(List.of()).isEmpty());
        assertEquals(new Point(0, 0), DiagramClipboard.of(List.of()).origin());
        assertTrue(DiagramClipboard.of(List.of(EnlaceFactory.eINSTANCE.createNode())).isEmpty());
    }
}
