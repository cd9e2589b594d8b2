package org.enlace.model.commands;

import static org.enlace.model.commands.DiagramFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.Goal;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core diagram edits: new diagram, show elements with their links, move and resize. */
class DiagramCommandsTest {

    @TempDir
    Path dir;

    private DiagramFixture f;
    private DiagramCommands commands;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(java.util.Locale.ENGLISH);
        f = DiagramFixture.open(dir);
        commands = f.commands;
    }

    @AfterEach
    void resetLanguage() {
        Messages.setLocale(null);
    }

    @Test
    void newDiagramAddsAnEmptyNamedDiagramThatUndoRemovesAndRedoBringsBack() {
        Command command = commands.newDiagram("  Migración laboral ");
        assertEquals("New diagram “Migración laboral”", command.getLabel());

        f.executeUndoRedo(command);

        assertEquals(2, f.model.getDiagrams().size());
        Diagram diagram = f.model.getDiagrams().get(1);
        assertEquals("Migración laboral", diagram.getName());
        assertTrue(diagram.getId().matches(DiagramFixture.UUID), diagram.getId());
        assertEquals(List.of(), diagram.getNodes());
        assertEquals(List.of(diagram), List.copyOf(command.getResult()));
        assertSame(diagram, DiagramQuery.byName(f.model, "Migración laboral").orElseThrow());
    }

    @Test
    void newDiagramIsRefusedForABlankNameOrOneInUse() {
        for (String name : new String[] {"Empleo", " Empleo ", "", "   ", null}) {
            assertSame(UnexecutableCommand.INSTANCE, commands.newDiagram(name), String.valueOf(name));
        }
        assertTrue(commands.newDiagram("empleo").canExecute(), "names differ by case");
    }

    @Test
    void addNodesShowsElementsAndDrawsTheLinksBetweenThemInOneCommand() {
        Diagram diagram = f.newDiagram("Todo");
        Command command = commands.addNodes(diagram, List.of(
                new NodeSpec(f.goal(), new Bounds(10, 20, 160, 60)),
                new NodeSpec(f.sdg("10.7"), new Bounds(300, 20, 150, 50)),
                new NodeSpec(f.target(), new Bounds(10, 120, 160, 60)),
                new NodeSpec(f.indicator(), new Bounds(10, 220, 160, 60))));
        assertEquals("Add to diagram", command.getLabel());

        f.executeUndoRedo(command);

        List<Node> nodes = diagram.getNodes();
        assertEquals(List.of(f.goal(), f.sdg("10.7"), f.target(), f.indicator()),
                nodes.stream().map(Node::getElement).toList());
        assertEquals(new Bounds(300, 20, 150, 50), Bounds.of(nodes.get(1)));
        assertTrue(nodes.stream().allMatch(node -> node.getId().matches(DiagramFixture.UUID)));
        List<Edge> edges = diagram.getEdges();
        assertEquals(List.of("l-1", "l-2"), ids(edges.stream().map(Edge::getLink).toList()));
        assertSame(nodes.get(0), edges.get(0).getSource());
        assertSame(nodes.get(1), edges.get(0).getTarget());
        assertSame(nodes.get(2), edges.get(1).getSource());
        assertSame(nodes.get(3), edges.get(1).getTarget());
    }

    @Test
    void addNodesSkipsElementsTheDiagramShowsAndLinksItDrawsAlready() {
        Diagram empleo = f.empleo();
        assertTrue(f.session.execute(commands.addNodes(empleo, List.of(
                new NodeSpec(f.goal(), new Bounds(500, 500, 10, 10)),
                new NodeSpec(f.target(), new Bounds(10, 120, 160, 60)),
                new NodeSpec(f.target(), new Bounds(900, 900, 10, 10))))));

        assertEquals(List.of("goal", "10.7", "target"), ids(empleo.getNodes().stream().map(Node::getElement).toList()));
        assertEquals(new Bounds(10, 10, 160, 60), Bounds.of(empleo.getNodes().get(0)), "the goal's node stays put");
        assertEquals(new Bounds(10, 120, 160, 60), Bounds.of(empleo.getNodes().get(2)), "the first spec wins");
        assertEquals(List.of("e-1"), ids(empleo.getEdges()), "l-1 has its edge, l-2 lacks its indicator");

        assertTrue(f.session.execute(commands.addNodes(empleo,
                List.of(new NodeSpec(f.indicator(), new Bounds(10, 220, 160, 60))))));
        assertEquals(2, empleo.getEdges().size());
        assertSame(f.model.getLinks().get(1), empleo.getEdges().get(1).getLink());
    }

    @Test
    void addNodesDrawsALinkWhoseEndsWereShownBeforeTheLinkWasMade() {
        Diagram empleo = f.empleo();
        assertTrue(f.session.execute(new ModelCommands(f.session).link(f.goal(), f.sdg("10.7"),
                LinkKind.CONTRIBUTES_TO, null, "ana")));
        assertEquals(1, empleo.getEdges().size(), "making a link draws no edge by itself");

        Command command = commands.addNodes(empleo, List.of());
        f.executeUndoRedo(command);

        assertEquals(2, empleo.getEdges().size());
        Edge edge = empleo.getEdges().get(1);
        assertSame(f.model.getLinks().get(2), edge.getLink());
        assertSame(f.node(empleo, f.goal()), edge.getSource());
        assertSame(f.node(empleo, f.sdg("10.7")), edge.getTarget());
    }

    @Test
    void anElementMayAppearOnSeveralDiagrams() {
        Diagram other = f.newDiagram("Otro");
        assertTrue(f.session.execute(commands.addNodes(other,
                List.of(new NodeSpec(f.goal(), new Bounds(0, 0, 100, 40))))));

        assertEquals(List.of(f.empleo().getNodes().get(0), other.getNodes().get(0)),
                DiagramQuery.nodesOf(f.model, f.goal()));
    }

    @Test
    void aNodeOfACatalogueEntryIsSavedAsAReferenceToTheShippedCatalogue() throws Exception {
        Diagram other = f.newDiagram("ODS");
        assertTrue(f.session.execute(commands.addNodes(other,
                List.of(new NodeSpec(f.sdg("8.5"), new Bounds(0, 0, 100, 40))))));
        f.session.save();

        String text = Files.readString(f.session.file());
        assertTrue(text.contains("<element xsi:type=\"enlace:SdgTarget\""
                + " href=\"platform:/plugin/org.enlace.model/catalog/sdg.xmi#8.5\"/>"), text);
        ModelSession reopened = ModelSession.open(f.session.file());
        Node node = DiagramQuery.byName(reopened.model(), "ODS").orElseThrow().getNodes().get(0);
        assertSame(reopened.catalogs().sdgTarget("8.5").orElseThrow(), node.getElement());
    }

    @Test
    void addNodesIsRefusedForWhatCannotBeShownOrAnotherModelsDiagramOrNothingNew() {
        Bounds bounds = new Bounds(0, 0, 10, 10);
        Goal detached = EnlaceFactory.eINSTANCE.createGoal();
        Diagram foreign = EnlaceFactory.eINSTANCE.createDiagram();
        Node node = f.empleo().getNodes().get(0);
        String before = f.xmi();

        Diagram empleo = f.empleo();
        assertSame(UnexecutableCommand.INSTANCE, commands.addNodes(empleo, List.of(new NodeSpec(detached, bounds))));
        assertSame(UnexecutableCommand.INSTANCE,
                commands.addNodes(empleo, List.of(new NodeSpec(f.model.getLinks().get(0), bounds))));
        assertSame(UnexecutableCommand.INSTANCE, commands.addNodes(empleo, List.of(new NodeSpec(node, bounds))));
        assertSame(UnexecutableCommand.INSTANCE, commands.addNodes(empleo, List.of(new NodeSpec(f.model, bounds))));
        assertSame(UnexecutableCommand.INSTANCE, commands.addNodes(foreign, List.of(new NodeSpec(f.goal(), bounds))));
        assertSame(UnexecutableCommand.INSTANCE, commands.addNodes(empleo, List.of(new NodeSpec(f.goal(), bounds))));
        assertSame(UnexecutableCommand.INSTANCE, commands.addNodes(empleo, List.of()));
        assertEquals(before, f.xmi());
        assertFalse(f.session.commandStack().canUndo());
    }

    @Test
    void setBoundsMovesSeveralNodesAsOneUndoableMove() {
        Node goal = f.empleo().getNodes().get(0);
        Node sdg = f.empleo().getNodes().get(1);
        Map<Node, Bounds> moves = new LinkedHashMap<>();
        moves.put(goal, new Bounds(40, 50, 160, 60));
        moves.put(sdg, new Bounds(330, 50, 160, 60));
        Command command = commands.setBounds(moves);
        assertEquals("Move", command.getLabel());

        f.executeUndoRedo(command);

        assertEquals(new Bounds(40, 50, 160, 60), Bounds.of(goal));
        assertEquals(new Bounds(330, 50, 160, 60), Bounds.of(sdg));
        assertTrue(f.session.undo());
        assertEquals(new Bounds(10, 10, 160, 60), Bounds.of(goal));
        assertEquals(new Bounds(300, 10, 160, 60), Bounds.of(sdg));
        assertFalse(f.session.commandStack().canUndo(), "both nodes moved in one step");
    }

    @Test
    void setBoundsThatChangesASizeIsAResize() {
        Node goal = f.empleo().getNodes().get(0);
        Command command = commands.setBounds(Map.of(goal, new Bounds(10, 10, 200, 80)));
        assertEquals("Resize", command.getLabel());

        f.executeUndoRedo(command);

        assertEquals(new Bounds(10, 10, 200, 80), Bounds.of(goal));
    }

    @Test
    void setBoundsIsRefusedWhenNothingChangesOrANodeIsOnNoDiagramOfTheModel() {
        Node goal = f.empleo().getNodes().get(0);
        Node loose = EnlaceFactory.eINSTANCE.createNode();

        assertSame(UnexecutableCommand.INSTANCE, commands.setBounds(Map.of()));
        assertSame(UnexecutableCommand.INSTANCE, commands.setBounds(Map.of(goal, new Bounds(10, 10, 160, 60))));
        assertSame(UnexecutableCommand.INSTANCE, commands.setBounds(Map.of(loose, new Bounds(1, 1, 1, 1))));
        assertFalse(f.session.commandStack().canUndo());
    }

    @Test
    void labelsFollowTheChosenLanguage() {
        Messages.setLocale(java.util.Locale.forLanguageTag("es"));
        assertEquals("Nuevo diagrama «Migración»", commands.newDiagram("Migración").getLabel());
        assertEquals("Mover", commands.setBounds(Map.of(f.empleo().getNodes().get(0), new Bounds(0, 0, 160, 60)))
                .getLabel());
    }
}
