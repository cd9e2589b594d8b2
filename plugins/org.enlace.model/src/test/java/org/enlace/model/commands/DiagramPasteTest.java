package org.enlace.model.commands;

import static org.enlace.model.commands.DiagramFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EntryPoint;
import org.enlace.model.Goal;
import org.enlace.model.Identified;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.Target;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.Test;

/** Paste shows the same elements on another diagram, and copies them when pasted where they are shown. */
class DiagramPasteTest extends DiagramTestCase {

    @Test
    void pastingIntoAnotherDiagramShowsTheSameElementsWithNewNodes() {
        Diagram other = f.newDiagram("Otro");
        Command command = commands.paste(other, DiagramClipboard.of(f.empleo().getNodes()), new Point(100, 50));
        assertEquals("Paste", command.getLabel());

        f.executeUndoRedo(command);

        assertEquals(List.of(f.goal(), f.sdg("10.7")), other.getNodes().stream().map(Node::getElement).toList());
        assertEquals(new Bounds(100, 50, 160, 60), Bounds.of(other.getNodes().get(0)));
        assertEquals(new Bounds(390, 50, 160, 60), Bounds.of(other.getNodes().get(1)));
        assertEquals("fillColor=#FFFFFF", other.getNodes().get(0).getStyle());
        assertTrue(other.getNodes().get(0).getId().matches(DiagramFixture.UUID));
        assertEquals(List.of("l-1"), ids(other.getEdges().stream().map(Edge::getLink).toList()));
        assertEquals(List.of("l-1", "l-2"), ids(f.model.getLinks()), "no link is copied");
        assertEquals(List.of("goal"), ids(f.model.getPlans().get(0).getPillars().get(0).getGoals()));
    }

    @Test
    void pastingWhereTheElementIsShownCopiesItWithNewIdsButSkipsCatalogueEntries() {
        Set<String> idsBefore = allIds();
        DiagramClipboard clipboard = DiagramClipboard.of(f.empleo().getNodes());
        Point below = new Point(clipboard.origin().x(), clipboard.origin().y() + 100);
        Command command = commands.paste(f.empleo(), clipboard, below);

        f.executeUndoRedo(command);

        List<Goal> goals = f.model.getPlans().get(0).getPillars().get(0).getGoals();
        assertEquals(2, goals.size());
        Goal copy = goals.get(1);
        assertEquals("Empleo formal para todas las personas (copy)", copy.getTitle());
        assertEquals("E1.1", copy.getCode());
        Target targetCopy = copy.getTargets().get(0);
        assertEquals("Tasa de desempleo", targetCopy.getTitle(), "only the pasted element is marked as a copy");
        List<String> newIds = List.of(copy.getId(), targetCopy.getId(), targetCopy.getIndicators().get(0).getId());
        newIds.forEach(id -> assertTrue(id.matches(DiagramFixture.UUID), id));
        assertTrue(newIds.stream().noneMatch(idsBefore::contains));

        assertEquals(List.of(f.goal(), f.sdg("10.7"), copy),
                f.empleo().getNodes().stream().map(Node::getElement).toList(), "10.7 is not shown twice");
        assertEquals(new Bounds(10, 110, 160, 60), Bounds.of(f.empleo().getNodes().get(2)));

        List<Link> links = f.model.getLinks();
        assertEquals(4, links.size());
        assertLink(links.get(2), LinkKind.ALIGNS_PARTIALLY, copy, f.sdg("10.7"));
        assertLink(links.get(3), LinkKind.MEASURED_BY, targetCopy, targetCopy.getIndicators().get(0));
        assertEquals("Empleo de personas migrantes", links.get(2).getRationale());
        Edge edge = f.empleo().getEdges().get(1);
        assertSame(links.get(2), edge.getLink());
        assertSame(f.empleo().getNodes().get(2), edge.getSource());
        assertSame(f.node(f.empleo(), f.sdg("10.7")), edge.getTarget());
        assertEquals(2, f.empleo().getEdges().size(), "the copied l-2 has no shown ends");
    }

    @Test
    void theCopyIsMarkedInSpanish() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertTrue(f.session.execute(commands.paste(f.empleo(),
                DiagramClipboard.of(List.of(f.node(f.empleo(), f.goal()))), new Point(0, 100))));
        assertEquals("Empleo formal para todas las personas (copia)",
                f.model.getPlans().get(0).getPillars().get(0).getGoals().get(1).getTitle());
    }

    @Test
    void anElementInsideACopiedOneIsNotCopiedTwiceAndReferencesFollowTheCopies() {
        EntryPoint entryPoint = f.model.getEntryPoints().get(0);
        assertSame(f.target(), entryPoint.getAt());
        assertTrue(f.session.execute(commands.addNodes(f.empleo(), List.of(
                new NodeSpec(f.target(), new Bounds(10, 100, 160, 60)),
                new NodeSpec(entryPoint, new Bounds(300, 100, 160, 60))))));
        List<Node> selection = List.of(f.node(f.empleo(), f.goal()), f.node(f.empleo(), f.target()),
                f.node(f.empleo(), entryPoint));

        f.executeUndoRedo(commands.paste(f.empleo(), DiagramClipboard.of(selection), new Point(0, 300)));

        Goal goalCopy = f.model.getPlans().get(0).getPillars().get(0).getGoals().get(1);
        assertEquals(1, goalCopy.getTargets().size());
        Target targetCopy = goalCopy.getTargets().get(0);
        assertEquals(1, f.goal().getTargets().size(), "the target is copied once, inside the goal's copy");
        EntryPoint entryPointCopy = f.model.getEntryPoints().get(1);
        assertSame(targetCopy, entryPointCopy.getAt(), "the copied entry point enters at the copied target");
        assertSame(f.target(), entryPoint.getAt());
        assertEquals(List.of(goalCopy, targetCopy, entryPointCopy),
                f.empleo().getNodes().subList(4, 7).stream().map(Node::getElement).toList());
        assertEquals("Tasa de desempleo", targetCopy.getTitle());
    }

    @Test
    void pastingIsRefusedWhenNothingWouldBePasted() {
        DiagramClipboard sdgOnly = DiagramClipboard.of(List.of(f.node(f.empleo(), f.sdg("10.7"))));
        assertSame(UnexecutableCommand.INSTANCE, commands.paste(f.empleo(), sdgOnly, new Point(0, 0)));
        assertSame(UnexecutableCommand.INSTANCE,
                commands.paste(f.empleo(), DiagramClipboard.of(List.of()), new Point(0, 0)));
        assertSame(UnexecutableCommand.INSTANCE, commands.paste(org.enlace.model.EnlaceFactory.eINSTANCE
                .createDiagram(), DiagramClipboard.of(f.empleo().getNodes()), new Point(0, 0)));
    }

    @Test
    void elementsDeletedSinceTheCopyAreLeftOut() {
        DiagramClipboard clipboard = DiagramClipboard.of(f.empleo().getNodes());
        Diagram other = f.newDiagram("Otro");
        assertTrue(f.session.execute(commands.deleteFromModel(List.of(f.goal()))));

        f.executeUndoRedo(commands.paste(other, clipboard, new Point(0, 0)));

        assertEquals(List.of(f.sdg("10.7")), other.getNodes().stream().map(Node::getElement).toList());
        assertEquals(List.of(), other.getEdges());
    }

    private static void assertLink(Link link, LinkKind kind, Identified source, Identified target) {
        assertEquals(kind, link.getKind());
        assertSame(source, link.getSource());
        assertSame(target, link.getTarget());
        assertTrue(link.getId().matches(DiagramFixture.UUID), link.getId());
        assertNotEquals("l-1", link.getId());
    }

    private Set<String> allIds() {
        Set<String> all = new HashSet<>();
        List<EObject> objects = new ArrayList<>();
        f.model.eAllContents().forEachRemaining(objects::add);
        objects.stream().filter(Identified.class::isInstance).forEach(o -> all.add(((Identified) o).getId()));
        return all;
    }
}
