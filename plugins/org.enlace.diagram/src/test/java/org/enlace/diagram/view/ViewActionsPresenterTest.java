package org.enlace.diagram.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.enlace.diagram.PlanFixture;
import org.enlace.diagram.layout.LayoutKind;
import org.enlace.model.Diagram;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts and "add related elements" from the menus: one command each, and what the status line says. */
class ViewActionsPresenterTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private Diagram diagram;
    private ViewActionsPresenter actions;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        fixture = PlanFixture.open(dir);
        diagram = fixture.diagram("D", fixture.goal(), new Bounds(0, 0, 150, 60), fixture.target(),
                new Bounds(0, 0, 150, 60));
        actions = new ViewActionsPresenter(fixture.session, diagram);
    }

    @AfterEach
    void resetLanguage() {
        Messages.setLocale(null);
    }

    @Test
    void aLayoutIsOneCommandThatUndoTakesBack() {
        assertEquals("Laid the diagram out (hierarchical). Undo puts the nodes back.",
                actions.layout(LayoutKind.HIERARCHICAL));
        PlanFixture.assertNoOverlaps(diagram);
        assertEquals("The diagram already has the hierarchical layout.", actions.layout(LayoutKind.HIERARCHICAL));
        fixture.session.undo();
        assertEquals(0, diagram.getNodes().get(1).getY());
    }

    @Test
    void addRelatedAddsTheNeighboursByTheChosenKindsOnly() {
        List<Node> goal = List.of(diagram.getNodes().get(0));
        assertEquals("Added 1 related element.", actions.addRelated(goal, EnumSet.of(LinkKind.CONTRIBUTES_TO)));
        assertEquals("Added 2 related elements.", actions.addRelated(goal, EnumSet.of(LinkKind.ALIGNS_PARTIALLY)));
        assertEquals("No related elements to add: the diagram shows every element linked to the selection by"
                + " those kinds.", actions.addRelated(goal, EnumSet.of(LinkKind.ALIGNS_PARTIALLY)));
        assertEquals(5, diagram.getNodes().size());
        assertEquals("Select the nodes whose related elements you want to add.",
                actions.addRelated(List.of(), Set.of(LinkKind.MEASURED_BY)));
        assertEquals("Choose at least one link kind.", actions.addRelated(goal, Set.of()));
    }
}
