package org.enlace.model.commands;

import static org.enlace.model.commands.DiagramFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.enlace.model.Diagram;
import org.enlace.model.EnlaceFactory;
import org.junit.jupiter.api.Test;

class DiagramQueryTest extends DiagramTestCase {

    @Test
    void byNameFindsADiagramByItsExactNameIgnoringSurroundingBlanks() {
        assertSame(f.empleo(), DiagramQuery.byName(f.model, " Empleo ").orElseThrow());
        assertEquals(Optional.empty(), DiagramQuery.byName(f.model, "empleo"));
        assertEquals(Optional.empty(), DiagramQuery.byName(f.model, null));
    }

    @Test
    void nodeAndEdgeLookUpsAnswerForOneDiagram() {
        Diagram empleo = f.empleo();
        assertEquals("n-1", DiagramQuery.nodeOf(empleo, f.goal()).orElseThrow().getId());
        assertEquals("n-2", DiagramQuery.nodeOf(empleo, f.sdg("10.7")).orElseThrow().getId());
        assertEquals(Optional.empty(), DiagramQuery.nodeOf(empleo, f.target()));
        assertEquals("e-1", DiagramQuery.edgeOf(empleo, f.model.getLinks().get(0)).orElseThrow().getId());
        assertEquals(Optional.empty(), DiagramQuery.edgeOf(empleo, f.model.getLinks().get(1)));
        assertEquals(List.of("e-1"), ids(DiagramQuery.edgesAt(empleo, List.of(empleo.getNodes().get(1)))));
        assertEquals(List.of("n-1"), ids(DiagramQuery.nodesOf(f.model, f.goal())));
        assertSame(empleo, DiagramQuery.diagramOf(empleo.getEdges().get(0)));
        assertNull(DiagramQuery.diagramOf(f.goal()));
    }

    @Test
    void modelElementsAndCatalogueEntriesCanBeShownButNotLinksModelsNotationOrLooseObjects() {
        assertTrue(DiagramQuery.canShow(f.goal()));
        assertTrue(DiagramQuery.canShow(f.sdg("10.7")));
        assertTrue(DiagramQuery.canShow(f.model.getInstitutions().get(0)));
        assertFalse(DiagramQuery.canShow(f.model.getLinks().get(0)));
        assertFalse(DiagramQuery.canShow(f.model));
        assertFalse(DiagramQuery.canShow(f.empleo()));
        assertFalse(DiagramQuery.canShow(f.empleo().getNodes().get(0)));
        assertFalse(DiagramQuery.canShow(f.sdg("10.7").getGoal().eContainer()), "the SDG catalogue itself");
        assertFalse(DiagramQuery.canShow(EnlaceFactory.eINSTANCE.createGoal()));
        assertFalse(DiagramQuery.canShow(null));
    }
}
