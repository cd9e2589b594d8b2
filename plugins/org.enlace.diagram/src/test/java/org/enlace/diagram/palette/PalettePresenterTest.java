package org.enlace.diagram.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.enlace.diagram.PlanFixture;
import org.enlace.model.Diagram;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Goal;
import org.enlace.model.Indicator;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.Point;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The palette's container rules, exactly, and its one undoable command per creation. */
class PalettePresenterTest {

    private static final EnlacePackage P = EnlacePackage.eINSTANCE;

    @TempDir
    Path dir;

    private PlanFixture fixture;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        fixture = PlanFixture.open(dir);
    }

    @AfterEach
    void resetLanguage() {
        Messages.setLocale(null);
    }

    private Diagram diagram(Object... elementsAndBounds) {
        return fixture.diagram("D", elementsAndBounds);
    }

    private static Bounds at(int x, int y) {
        return new Bounds(x, y, 100, 40);
    }

    private Node node(Diagram diagram, Object element) {
        return DiagramQuery.nodeOf(diagram, (org.eclipse.emf.ecore.EObject) element).orElseThrow();
    }

    @Test
    void plansEntryPointsAndInstitutionsGoIntoTheModelWhateverIsSelected() {
        Diagram diagram = diagram(fixture.goal(), at(0, 0));
        PalettePresenter palette = new PalettePresenter(fixture.session, diagram);
        List<Node> selection = List.of(node(diagram, fixture.goal()));
        assertEquals(new PalettePresenter.Container(fixture.model, P.getPlanningModel_Plans()),
                palette.containerFor(PaletteKind.SECTORAL_PLAN, selection).orElseThrow());
        assertEquals(new PalettePresenter.Container(fixture.model, P.getPlanningModel_EntryPoints()),
                palette.containerFor(PaletteKind.ENTRY_POINT, selection).orElseThrow());
        assertEquals(new PalettePresenter.Container(fixture.model, P.getPlanningModel_Institutions()),
                palette.containerFor(PaletteKind.INSTITUTION, List.of()).orElseThrow());
    }

    @Test
    void aGoalGoesIntoTheSelectedPillarOrPlanAndBesideASelectedGoal() {
        Diagram diagram = diagram(fixture.plan(), at(0, 0), fixture.pillar(), at(0, 100), fixture.goal(), at(0, 200));
        PalettePresenter palette = new PalettePresenter(fixture.session, diagram);
        assertEquals(new PalettePresenter.Container(fixture.plan(), P.getPlan_Goals()),
                palette.containerFor(PaletteKind.GOAL, List.of(node(diagram, fixture.plan()))).orElseThrow());
        assertEquals(new PalettePresenter.Container(fixture.pillar(), P.getPillar_Goals()),
                palette.containerFor(PaletteKind.GOAL, List.of(node(diagram, fixture.pillar()))).orElseThrow());
        assertEquals(new PalettePresenter.Container(fixture.pillar(), P.getPillar_Goals()),
                palette.containerFor(PaletteKind.GOAL, List.of(node(diagram, fixture.goal()))).orElseThrow());
    }

    @Test
    void withoutASuitableSelectionTheDiagramsFirstContainerInNodeOrderTakesIt() {
        Diagram diagram = diagram(fixture.sdg("10.7"), at(0, 0), fixture.target(), at(0, 100),
                fixture.goal(), at(0, 200));
        PalettePresenter palette = new PalettePresenter(fixture.session, diagram);
        List<Node> catalogueSelected = List.of(node(diagram, fixture.sdg("10.7")));
        assertEquals(new PalettePresenter.Container(fixture.target(), P.getTarget_Indicators()),
                palette.containerFor(PaletteKind.INDICATOR, catalogueSelected).orElseThrow());
        assertEquals(new PalettePresenter.Container(fixture.goal(), P.getGoal_Indicators()),
                palette.containerFor(PaletteKind.INDICATOR, List.of(node(diagram, fixture.goal()))).orElseThrow());
        assertEquals(new PalettePresenter.Container(fixture.goal(), P.getGoal_Targets()),
                palette.containerFor(PaletteKind.TARGET, catalogueSelected).orElseThrow());
        assertEquals(new PalettePresenter.Container(fixture.pillar(), P.getPillar_Goals()),
                palette.containerFor(PaletteKind.GOAL, List.of()).orElseThrow());
    }

    @Test
    void withNoPossibleContainerCreationIsRefusedWithAReasonAndNothingChanges() {
        Diagram diagram = diagram(fixture.sdg("10.7"), at(0, 0), fixture.entryPoint(), at(0, 100));
        PalettePresenter palette = new PalettePresenter(fixture.session, diagram);
        assertTrue(palette.containerFor(PaletteKind.PILLAR, List.of()).isEmpty());
        int commands = undoDepth();
        PalettePresenter.Creation creation = palette.create(PaletteKind.TARGET, List.of(), null);
        assertTrue(creation.node().isEmpty());
        assertEquals("A target belongs to a goal: add or select a goal first.", creation.refusal());
        assertEquals(commands, undoDepth());
        assertEquals(2, diagram.getNodes().size());
    }

    @Test
    void creationIsOneCommandThatPutsATitledElementInItsContainerAndItsNodeWhereClicked() {
        Diagram diagram = diagram(fixture.goal(), at(10, 20));
        PalettePresenter palette = new PalettePresenter(fixture.session, diagram);
        PalettePresenter.Creation creation = palette.create(PaletteKind.INDICATOR, List.of(), new Point(300, 40));
        Node node = creation.node().orElseThrow();
        Indicator indicator = (Indicator) node.getElement();
        assertSame(fixture.goal(), indicator.eContainer());
        assertEquals("Nuevo indicador", indicator.getTitle());
        assertEquals(300, node.getX());
        assertEquals(40, node.getY());
        fixture.session.undo();
        assertFalse(fixture.goal().getIndicators().contains(indicator));
        assertEquals(1, diagram.getNodes().size());
    }

    @Test
    void withoutAPointTheNodeGoesInAFreeRowUnderTheDiagram() {
        Diagram diagram = diagram(fixture.plan(), at(10, 20), fixture.pillar(), at(200, 100));
        PalettePresenter palette = new PalettePresenter(fixture.session, diagram);
        Node node = palette.create(PaletteKind.GOAL, List.of(node(diagram, fixture.plan())), null).node().orElseThrow();
        assertEquals(10, node.getX());
        assertEquals(180, node.getY());
        assertSame(fixture.plan(), ((Goal) node.getElement()).eContainer());
        PlanFixture.assertNoOverlaps(diagram);
    }

    private int undoDepth() {
        int depth = 0;
        while (fixture.session.commandStack().getUndoCommand() != null && fixture.session.undo()) {
            depth++;
        }
        for (int i = 0; i < depth; i++) {
            fixture.session.redo();
        }
        return depth;
    }
}
