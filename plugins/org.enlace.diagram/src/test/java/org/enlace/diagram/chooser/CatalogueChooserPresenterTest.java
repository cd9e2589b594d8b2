package org.enlace.diagram.chooser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.enlace.diagram.PlanFixture;
import org.enlace.model.Diagram;
import org.enlace.model.Node;
import org.enlace.model.catalog.CatalogHit;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chooser's results, keyboard selection and "Add to diagram" on the Spanish fixture model. */
class CatalogueChooserPresenterTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private Diagram diagram;
    private CatalogueChooserPresenter chooser;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        fixture = PlanFixture.open(dir);
        diagram = fixture.diagram("D", fixture.goal(), new Bounds(20, 30, 160, 60), fixture.sdg("3.8"),
                new Bounds(300, 30, 160, 90));
        chooser = new CatalogueChooserPresenter(fixture.session, diagram);
    }

    @AfterEach
    void resetLanguage() {
        Messages.setLocale(null);
    }

    private List<String> codes() {
        return chooser.results().stream().map(CatalogHit::code).toList();
    }

    @Test
    void aCodeFindsTheEntryFirstThenItsIndicatorsWithTheModelsSpanishTitles() {
        chooser.type("10.7");
        assertEquals(List.of("10.7", "10.7.1", "10.7.2", "10.7.3", "10.7.4"), codes());
        assertEquals("10.7 Facilitar la migración y la movilidad ordenadas, seguras, regulares y responsables de"
                + " las personas, incluso mediante la aplicación de políticas migratorias planificadas y bien"
                + " gestionadas", chooser.results().get(0).text());
        assertEquals(0, chooser.cursor());
        assertEquals(List.of(0), chooser.selection());
    }

    @Test
    void englishWordsFindSpanishEntries() {
        chooser.type("facilitate orderly safe regular responsible migration mobility");
        assertEquals(List.of("10.7.2", "10.7"), codes().subList(0, 2), "the indicator's title holds every word");
        assertTrue(chooser.results().get(1).text().startsWith("10.7 Facilitar la migración"));
    }

    @Test
    void downAndUpMoveTheCursorAndShiftExtendsTheSelection() {
        chooser.type("10.7");
        chooser.down(false);
        chooser.down(false);
        assertEquals(List.of(2), chooser.selection());
        chooser.down(true);
        assertEquals(List.of(2, 3), chooser.selection());
        chooser.up(false);
        assertEquals(2, chooser.cursor());
        assertEquals(List.of(2), chooser.selection());
        chooser.up(false);
        chooser.up(false);
        chooser.up(false);
        assertEquals(0, chooser.cursor());
        chooser.select(List.of(1, 4));
        assertEquals(4, chooser.cursor());
        assertEquals(List.of("10.7.1", "10.7.4"), chooser.chosen().stream().map(e -> e.getId()).toList());
    }

    @Test
    void escapeClearsTheTextFirstAndThenSaysThereWasNothingToClear() {
        chooser.type("10.7");
        assertTrue(chooser.escape());
        assertEquals(List.of(), chooser.results());
        assertEquals(-1, chooser.cursor());
        assertFalse(chooser.escape());
    }

    @Test
    void addingTheChosenEntriesIsOneCommandWithNodesInARowUnderTheDiagram() {
        chooser.type("10.7");
        assertEquals(1, diagram.getEdges().size());
        chooser.down(true);
        assertEquals("Added 2 catalogue entries to the diagram.", chooser.addToDiagram());
        assertEquals(4, diagram.getNodes().size());
        Node target = DiagramQuery.nodeOf(diagram, fixture.sdg("10.7")).orElseThrow();
        assertEquals(20, target.getX());
        assertEquals(160, target.getY());
        PlanFixture.assertNoOverlaps(diagram);
        assertEquals(2, diagram.getEdges().size(), "the model's link G1 -> 10.7 is drawn too");
        fixture.session.undo();
        assertEquals(2, diagram.getNodes().size());
    }

    @Test
    void entriesTheDiagramShowsAreNotAddedAgain() {
        chooser.type("3.8");
        assertEquals("The diagram already shows what you chose.", chooser.addToDiagram());
        chooser.type("zzzz");
        assertEquals("Choose an SDG goal, target, indicator or GCM objective first.", chooser.addToDiagram());
        assertEquals(2, diagram.getNodes().size());
    }
}
