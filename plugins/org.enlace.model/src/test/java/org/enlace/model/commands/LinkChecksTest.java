package org.enlace.model.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.enlace.model.Diagram;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.Identified;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What may be drawn between two nodes, and the words that say why not. */
class LinkChecksTest extends DiagramTestCase {

    private Diagram diagram;

    @BeforeEach
    void newDiagram() {
        diagram = f.newDiagram("Vínculos");
    }

    @Test
    void theKindsTheRulesAllowAreOfferedLessThoseAlreadyLinkingTheTwo() {
        LinkCheck check = f.commands.check(f.node(f.empleo(), f.goal()), f.node(f.empleo(), f.sdg("10.7")));

        assertTrue(check.allowed());
        assertEquals(List.of(LinkKind.ALIGNS_FULLY, LinkKind.CONTRIBUTES_TO), check.kinds(),
                "l-1 aligns the goal partially with 10.7 already");
        assertEquals("", check.reason());
    }

    @Test
    void aLinkInTheOtherDirectionDoesNotTakeItsKindAway() {
        Identified looseGoal = f.model.getPlans().get(0).getGoals().get(0);
        assertTrue(f.session.execute(new ModelCommands(f.session).link(f.goal(), looseGoal, LinkKind.ALIGNS_FULLY,
                null, "ana")));

        assertEquals(List.of(LinkKind.ALIGNS_PARTIALLY, LinkKind.CONTRIBUTES_TO),
                f.commands.check(show(f.goal()), show(looseGoal)).kinds());
        assertEquals(List.of(LinkKind.ALIGNS_FULLY, LinkKind.ALIGNS_PARTIALLY, LinkKind.CONTRIBUTES_TO),
                f.commands.check(show(looseGoal), show(f.goal())).kinds());
    }

    @Test
    void whenNoKindFitsTheReasonSaysWhereLinksFromThatKindOfElementEnd() {
        LinkCheck check = f.commands.check(show(f.sdg("10.7")), show(f.session.catalogs().gcmObjective("1")
                .orElseThrow()));

        assertFalse(check.allowed());
        assertEquals(List.of(), check.kinds());
        assertEquals("An SDG target cannot be linked to a GCM objective: links from SDG targets end at indicators"
                + " and SDG indicators.", check.reason());

        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("No se puede vincular una meta ODS con un objetivo del PMM: los vínculos que parten de metas ODS"
                + " terminan en indicadores e indicadores ODS.", f.commands.check(show(f.sdg("10.7")),
                        show(f.session.catalogs().gcmObjective("1").orElseThrow())).reason());
    }

    @Test
    void whenNoLinkStartsAtThatKindOfElementTheReasonSaysWhereLinksStart() {
        LinkCheck check = f.commands.check(show(f.model.getInstitutions().get(0)), show(f.goal()));

        assertEquals("An institution cannot be linked to a goal: links start from plans, pillars, goals, targets,"
                + " indicators, entry points and SDG targets.", check.reason());
    }

    @Test
    void whenEveryAllowedKindIsDrawnAlreadyTheReasonNamesThem() {
        ModelCommands model = new ModelCommands(f.session);
        assertTrue(f.session.execute(model.link(f.goal(), f.sdg("10.7"), LinkKind.ALIGNS_FULLY, null, "ana")));
        assertTrue(f.session.execute(model.link(f.goal(), f.sdg("10.7"), LinkKind.CONTRIBUTES_TO, null, "ana")));

        LinkCheck check = f.commands.check(f.node(f.empleo(), f.goal()), f.node(f.empleo(), f.sdg("10.7")));

        assertEquals(List.of(), check.kinds());
        assertEquals("Links of every kind allowed from a goal to an SDG target exist already (aligns fully, aligns"
                + " partially and contributes to).", check.reason());
    }

    @Test
    void aNodeCannotBeLinkedToItselfNorToANodeOfAnotherDiagram() {
        Node goal = f.node(f.empleo(), f.goal());
        assertEquals("An element cannot be linked to itself.", f.commands.check(goal, goal).reason());
        assertEquals("The two shapes are on different diagrams; links are drawn between shapes of one diagram.",
                f.commands.check(goal, show(f.sdg("8.5"))).reason());
        assertFalse(f.commands.check(goal, null).allowed());
        assertFalse(f.commands.check(null, goal).allowed());

        Diagram loose = EnlaceFactory.eINSTANCE.createDiagram();
        Node from = EnlaceFactory.eINSTANCE.createNode();
        from.setElement(f.goal());
        Node to = EnlaceFactory.eINSTANCE.createNode();
        to.setElement(f.sdg("8.5"));
        loose.getNodes().addAll(List.of(from, to));
        assertEquals(List.of(), f.commands.check(from, to).kinds(), "a diagram of no model");
    }

    private Node show(Identified element) {
        f.session.execute(f.commands.addNodes(diagram, List.of(new NodeSpec(element, new Bounds(0, 0, 10, 10)))));
        return f.node(diagram, element);
    }
}
