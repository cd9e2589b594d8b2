package org.enlace.model.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.Identified;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Add related elements": the neighbours by link kind, in a row below, clear of other nodes, with their edges. */
class RelatedElementsTest extends DiagramTestCase {

    private Diagram diagram;
    private Node goal;

    @BeforeEach
    void newDiagram() {
        diagram = f.newDiagram("Vecinos");
        goal = show(f.goal(), new Bounds(10, 10, 160, 60));
    }

    @Test
    void theNeighboursByTheChosenKindsGoInARowBelowWithTheirEdges() {
        assertTrue(f.session.execute(new ModelCommands(f.session).link(f.goal(), f.sdg("8.5"),
                LinkKind.CONTRIBUTES_TO, null, "ana")));
        Command command = f.commands.addRelated(diagram, List.of(goal),
                Set.of(LinkKind.ALIGNS_PARTIALLY, LinkKind.CONTRIBUTES_TO));
        assertEquals("Add related elements", command.getLabel());

        f.executeUndoRedo(command);

        assertEquals(List.of(f.goal(), f.sdg("10.7"), f.sdg("8.5")),
                diagram.getNodes().stream().map(Node::getElement).toList());
        assertEquals(new Bounds(10, 110, 160, 60), Bounds.of(diagram.getNodes().get(1)));
        assertEquals(new Bounds(210, 110, 160, 60), Bounds.of(diagram.getNodes().get(2)));
        List<Edge> edges = diagram.getEdges();
        assertEquals(2, edges.size());
        assertSame(f.model.getLinks().get(0), edges.get(0).getLink());
        assertSame(f.model.getLinks().get(2), edges.get(1).getLink());
    }

    @Test
    void linksAreFollowedInBothDirectionsButOnlyOfTheChosenKinds() {
        Node indicator = show(f.indicator(), new Bounds(400, 10, 160, 60));
        assertSame(UnexecutableCommand.INSTANCE,
                f.commands.addRelated(diagram, List.of(goal), Set.of(LinkKind.MEASURED_BY)), "l-2 is the target's");

        f.executeUndoRedo(f.commands.addRelated(diagram, List.of(indicator), Set.of(LinkKind.MEASURED_BY)));

        assertSame(f.target(), diagram.getNodes().get(2).getElement());
        assertEquals(new Bounds(400, 110, 160, 60), Bounds.of(diagram.getNodes().get(2)));
        assertSame(f.model.getLinks().get(1), diagram.getEdges().get(0).getLink());
    }

    @Test
    void aPlaceTakenByANodeIsSkippedToTheRight() {
        show(f.model.getInstitutions().get(0), new Bounds(60, 120, 100, 40));
        show(f.model.getInstitutions().get(1), new Bounds(230, 100, 100, 40));

        f.executeUndoRedo(f.commands.addRelated(diagram, List.of(goal), Set.of(LinkKind.ALIGNS_PARTIALLY)));

        assertEquals(new Bounds(410, 110, 160, 60), Bounds.of(diagram.getNodes().get(3)));
        for (Node node : diagram.getNodes().subList(0, 3)) {
            assertTrue(!Bounds.of(node).overlaps(Bounds.of(diagram.getNodes().get(3))), node.getId());
        }
    }

    @Test
    void nothingNewOrNodesOfAnotherDiagramAreRefused() {
        show(f.sdg("10.7"), new Bounds(300, 10, 160, 60));
        assertSame(UnexecutableCommand.INSTANCE,
                f.commands.addRelated(diagram, List.of(goal), Set.of(LinkKind.ALIGNS_PARTIALLY)), "10.7 is shown");
        assertSame(UnexecutableCommand.INSTANCE, f.commands.addRelated(diagram,
                List.of(f.node(f.empleo(), f.goal())), Set.of(LinkKind.ALIGNS_PARTIALLY)));
        assertSame(UnexecutableCommand.INSTANCE,
                f.commands.addRelated(diagram, List.of(), Set.of(LinkKind.ALIGNS_PARTIALLY)));
        assertSame(UnexecutableCommand.INSTANCE, f.commands.addRelated(EnlaceFactory.eINSTANCE.createDiagram(),
                List.of(goal), Set.of(LinkKind.ALIGNS_PARTIALLY)));
    }

    @Test
    void aRowOfNodesWithoutSizeTakesTheDefaultSize() {
        Node unsized = EnlaceFactory.eINSTANCE.createNode();
        unsized.setX(5);
        unsized.setY(7);
        assertEquals(List.of(new Bounds(5, 47, 160, 60), new Bounds(205, 47, 160, 60)),
                RelatedElements.row(List.of(unsized), 2, List.of()));
    }

    private Node show(Identified element, Bounds bounds) {
        assertTrue(f.session.execute(f.commands.addNodes(diagram, List.of(new NodeSpec(element, bounds)))));
        return f.node(diagram, element);
    }
}
