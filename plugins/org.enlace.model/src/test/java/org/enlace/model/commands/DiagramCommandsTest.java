package org.enlace.model.commands;

import static org.enlace.model.commands.DiagramFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Goal;
import org.enlace.model.Institution;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.Plan;
import org.enlace.model.SdgTarget;
import org.enlace.model.Target;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.Test;

/**
 * The diagram edits that DiagramCommands makes itself: new diagram, show elements with their links,
 * move and resize, reroute, create from the palette, draw a link, rename. Each one undoes to
 * exactly the model before and redoes to exactly the model after.
 */
class DiagramCommandsTest extends DiagramTestCase {

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
    void setBendpointsReroutesAnEdgeAndUndoPutsTheOldBendBack() {
        Edge edge = f.empleo().getEdges().get(0);
        Command command = commands.setBendpoints(edge, List.of(new Point(150, 80), new Point(250, 80)));
        assertEquals("Change link route", command.getLabel());

        f.executeUndoRedo(command);

        assertEquals(List.of(new Point(150, 80), new Point(250, 80)), points(edge));
        assertTrue(f.session.undo());
        assertEquals(List.of(new Point(150, 40)), points(edge));
        assertTrue(f.session.redo());
        f.executeUndoRedo(commands.setBendpoints(edge, List.of()));
        assertEquals(List.of(), points(edge));
    }

    @Test
    void setBendpointsIsRefusedWhenTheRouteIsTheSameOrTheEdgeIsOnNoDiagram() {
        Edge edge = f.empleo().getEdges().get(0);
        assertSame(UnexecutableCommand.INSTANCE, commands.setBendpoints(edge, List.of(new Point(150, 40))));
        assertSame(UnexecutableCommand.INSTANCE,
                commands.setBendpoints(EnlaceFactory.eINSTANCE.createEdge(), List.of(new Point(1, 1))));
    }

    @Test
    void createElementPutsANewElementInTheModelAndOnTheDiagramAndUndoTakesBothAway() {
        Plan plan = f.model.getPlans().get(0);
        Goal goal = EnlaceFactory.eINSTANCE.createGoal();
        goal.setTitle("Integración");
        Target target = EnlaceFactory.eINSTANCE.createTarget();
        goal.getTargets().add(target);
        Command command = commands.createElement(f.empleo(), plan, EnlacePackage.Literals.PLAN__GOALS, goal,
                new Bounds(10, 200, 160, 60));
        assertEquals("Create goal", command.getLabel());

        f.executeUndoRedo(command);

        assertSame(plan, goal.eContainer());
        assertTrue(goal.getId().matches(DiagramFixture.UUID), goal.getId());
        assertTrue(target.getId().matches(DiagramFixture.UUID), "its contents get ids too");
        Node node = f.empleo().getNodes().get(2);
        assertSame(goal, node.getElement());
        assertEquals(new Bounds(10, 200, 160, 60), Bounds.of(node));
        assertTrue(f.session.undo());
        assertEquals(List.of("goal-2"), ids(plan.getGoals()));
        assertEquals(List.of("n-1", "n-2"), ids(f.empleo().getNodes()));
    }

    @Test
    void createElementIsRefusedForAWrongContainmentOwnerOrAnElementAlreadyInAModel() {
        Plan plan = f.model.getPlans().get(0);
        Bounds bounds = new Bounds(0, 0, 10, 10);
        EnlacePackage p = EnlacePackage.eINSTANCE;
        Goal fresh = EnlaceFactory.eINSTANCE.createGoal();

        assertSame(UnexecutableCommand.INSTANCE,
                commands.createElement(f.empleo(), plan, p.getPlan_Pillars(), fresh, bounds), "goals are no pillars");
        assertSame(UnexecutableCommand.INSTANCE,
                commands.createElement(f.empleo(), f.goal(), p.getPlan_Goals(), fresh, bounds), "a goal has no goals");
        assertSame(UnexecutableCommand.INSTANCE,
                commands.createElement(f.empleo(), plan, p.getPlan_Issuer(), fresh, bounds), "not a containment");
        assertSame(UnexecutableCommand.INSTANCE,
                commands.createElement(f.empleo(), f.sdg("10.7").getGoal(), p.getSdgGoal_Targets(),
                        EnlaceFactory.eINSTANCE.createSdgTarget(), bounds), "catalogues are read-only");
        assertSame(UnexecutableCommand.INSTANCE,
                commands.createElement(f.empleo(), plan, p.getPlan_Goals(), f.goal(), bounds), "already placed");
        assertSame(UnexecutableCommand.INSTANCE, commands.createElement(EnlaceFactory.eINSTANCE.createDiagram(),
                plan, p.getPlan_Goals(), fresh, bounds));
        assertFalse(f.session.commandStack().canUndo());
    }

    @Test
    void connectMakesTheLinkAndItsEdgeOnlyOnThatDiagram() {
        Diagram other = f.newDiagram("Otro");
        SdgTarget decentWork = f.sdg("8.5");
        assertTrue(f.session.execute(commands.addNodes(other, List.of(new NodeSpec(f.goal(), new Bounds(0, 0, 9, 9)),
                new NodeSpec(decentWork, new Bounds(50, 0, 9, 9))))));
        assertTrue(f.session.execute(commands.addNodes(f.empleo(),
                List.of(new NodeSpec(decentWork, new Bounds(300, 200, 160, 60))))));
        Node goal = f.node(f.empleo(), f.goal());
        Node sdg = f.node(f.empleo(), decentWork);
        Command command = commands.connect(goal, sdg, LinkKind.CONTRIBUTES_TO, "ana");
        assertEquals("Link: contributes to", command.getLabel());

        f.executeUndoRedo(command);

        Link link = f.model.getLinks().get(2);
        assertEquals(LinkKind.CONTRIBUTES_TO, link.getKind());
        assertSame(f.goal(), link.getSource());
        assertSame(decentWork, link.getTarget());
        assertEquals("ana", link.getAuthor());
        Edge edge = DiagramQuery.edgeOf(f.empleo(), link).orElseThrow();
        assertSame(goal, edge.getSource());
        assertSame(sdg, edge.getTarget());
        assertEquals(List.of(), other.getEdges(), "the other diagram gets no edge by itself");
        assertTrue(commands.addNodes(other, List.of()).canExecute(), "until addNodes draws it there");
    }

    @Test
    void connectIsRefusedForAKindTheRulesOrAnExistingLinkRuleOut() {
        Node goal = f.empleo().getNodes().get(0);
        Node sdg = f.empleo().getNodes().get(1);
        assertSame(UnexecutableCommand.INSTANCE, commands.connect(goal, sdg, LinkKind.MEASURED_BY, "ana"));
        assertSame(UnexecutableCommand.INSTANCE, commands.connect(goal, sdg, LinkKind.ALIGNS_PARTIALLY, "ana"),
                "l-1 already aligns the goal partially with 10.7");
        assertSame(UnexecutableCommand.INSTANCE, commands.connect(sdg, goal, LinkKind.CONTRIBUTES_TO, "ana"));
        assertEquals(2, f.model.getLinks().size());
    }

    @Test
    void renameSetsTheTitleOrTheNameAndUndoRestoresIt() {
        Command command = commands.rename(f.goal(), "  Trabajo decente ");
        assertEquals("Rename", command.getLabel());
        f.executeUndoRedo(command);
        assertEquals("Trabajo decente", f.goal().getTitle());

        Institution inec = f.model.getInstitutions().get(2);
        f.executeUndoRedo(commands.rename(inec, "Instituto de Estadística"));
        assertEquals("Instituto de Estadística", inec.getName());

        f.executeUndoRedo(commands.rename(f.empleo(), "Empleo y migración"));
        assertEquals("Empleo y migración", f.empleo().getName());
    }

    @Test
    void renameIsRefusedForCatalogueEntriesUnchangedOrBlankTextAndATakenDiagramName() {
        f.newDiagram("Otro");
        assertSame(UnexecutableCommand.INSTANCE, commands.rename(f.sdg("10.7"), "Migración"));
        assertSame(UnexecutableCommand.INSTANCE, commands.rename(f.goal(), "Empleo formal para todas las personas "));
        assertSame(UnexecutableCommand.INSTANCE, commands.rename(f.goal(), " "));
        assertSame(UnexecutableCommand.INSTANCE, commands.rename(f.goal(), null));
        assertSame(UnexecutableCommand.INSTANCE, commands.rename(f.empleo(), "Otro"));
        assertSame(UnexecutableCommand.INSTANCE, commands.rename(f.model.getLinks().get(0), "l"),
                "links have no title");
        assertSame(UnexecutableCommand.INSTANCE, commands.rename(EnlaceFactory.eINSTANCE.createGoal(), "suelto"));
        assertSame(UnexecutableCommand.INSTANCE, commands.rename(null, "x"));
    }

    private static List<Point> points(Edge edge) {
        return edge.getBendpoints().stream().map(b -> new Point(b.getX(), b.getY())).toList();
    }

    @Test
    void labelsFollowTheChosenLanguage() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("Nuevo diagrama «Migración»", commands.newDiagram("Migración").getLabel());
        assertEquals("Mover", commands.setBounds(Map.of(f.empleo().getNodes().get(0), new Bounds(0, 0, 160, 60)))
                .getLabel());
    }
}
