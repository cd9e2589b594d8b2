package org.enlace.model.commands;

import static org.enlace.model.commands.DiagramFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.enlace.model.Diagram;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.Node;
import org.junit.jupiter.api.Test;

/** Remove from the diagram (the model keeps everything) versus delete from the model (everything goes). */
class DiagramDeletionsTest extends DiagramTestCase {

    @Test
    void removingANodeTakesItsEdgesOffTheDiagramButKeepsElementAndLink() {
        Command command = commands.removeFromDiagram(List.of(f.node(f.empleo(), f.sdg("10.7"))));
        assertEquals("Remove from diagram", command.getLabel());

        f.executeUndoRedo(command);

        assertEquals(List.of("n-1"), ids(f.empleo().getNodes()));
        assertEquals(List.of(), f.empleo().getEdges());
        assertEquals(List.of("l-1", "l-2"), ids(f.model.getLinks()));
    }

    @Test
    void removingAnEdgeKeepsItsNodesAndItsLink() {
        f.executeUndoRedo(commands.removeFromDiagram(f.empleo().getEdges()));

        assertEquals(List.of("n-1", "n-2"), ids(f.empleo().getNodes()));
        assertEquals(List.of(), f.empleo().getEdges());
        assertEquals(List.of("l-1", "l-2"), ids(f.model.getLinks()));
    }

    @Test
    void nodesOfSeveralDiagramsGoInOneCommand() {
        Diagram other = f.newDiagram("Otro");
        f.session.execute(commands.addNodes(other, List.of(new NodeSpec(f.goal(), new Bounds(0, 0, 9, 9)))));
        Node goalElsewhere = f.node(other, f.goal());

        f.executeUndoRedo(commands.removeFromDiagram(List.of(f.node(f.empleo(), f.goal()), goalElsewhere)));

        assertEquals(List.of("n-2"), ids(f.empleo().getNodes()));
        assertEquals(List.of(), other.getNodes());
        assertEquals(List.of("goal"), ids(f.model.getPlans().get(0).getPillars().get(0).getGoals()));
    }

    @Test
    void removingNothingOrWhatIsNoShapeIsRefused() {
        assertSame(UnexecutableCommand.INSTANCE, commands.removeFromDiagram(List.of()));
        assertSame(UnexecutableCommand.INSTANCE, commands.removeFromDiagram(List.of(f.goal())));
        assertSame(UnexecutableCommand.INSTANCE,
                commands.removeFromDiagram(List.of(EnlaceFactory.eINSTANCE.createNode())));
        assertSame(UnexecutableCommand.INSTANCE, commands.removeFromDiagram(
                List.of(f.node(f.empleo(), f.goal()), f.empleo().getEdges().get(0).getBendpoints().get(0))));
    }

    @Test
    void deletingThroughANodeTakesTheElementItsContentsItsLinksAndItsShapesOnEveryDiagram() {
        Diagram other = f.newDiagram("Otro");
        f.session.execute(commands.addNodes(other, List.of(new NodeSpec(f.goal(), new Bounds(0, 0, 9, 9)))));
        Command command = commands.deleteFromModel(List.of(f.node(f.empleo(), f.goal())));
        assertEquals("Delete from model", command.getLabel());

        f.executeUndoRedo(command);

        assertEquals(List.of(), f.model.getPlans().get(0).getPillars().get(0).getGoals());
        assertEquals(List.of(), f.model.getLinks());
        assertEquals(List.of("n-2"), ids(f.empleo().getNodes()));
        assertEquals(List.of(), f.empleo().getEdges());
        assertEquals(List.of(), other.getNodes());
        assertNull(f.model.getEntryPoints().get(0).getAt(), "the entry point at the goal's target lets go");
    }

    @Test
    void deletingThroughAnEdgeDeletesTheLinkOnly() {
        f.executeUndoRedo(commands.deleteFromModel(f.empleo().getEdges()));

        assertEquals(List.of("l-2"), ids(f.model.getLinks()));
        assertEquals(List.of("n-1", "n-2"), ids(f.empleo().getNodes()));
        assertEquals(List.of(), f.empleo().getEdges());
    }

    @Test
    void deletingACatalogueEntryOrNothingIsRefused() {
        Node goal = f.node(f.empleo(), f.goal());
        Node sdg = f.node(f.empleo(), f.sdg("10.7"));
        assertSame(UnexecutableCommand.INSTANCE, commands.deleteFromModel(List.of(sdg)));
        assertSame(UnexecutableCommand.INSTANCE, commands.deleteFromModel(List.of(goal, sdg)));
        assertSame(UnexecutableCommand.INSTANCE, commands.deleteFromModel(List.of(f.sdg("8.5"))));
        assertSame(UnexecutableCommand.INSTANCE, commands.deleteFromModel(List.of()));
        assertSame(UnexecutableCommand.INSTANCE, commands.deleteFromModel(List.of(f.model)));
        assertSame(UnexecutableCommand.INSTANCE,
                commands.deleteFromModel(List.of(EnlaceFactory.eINSTANCE.createGoal())));
        assertFalse(f.session.commandStack().canUndo());
    }
}
