package org.enlace.model.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Goal;
import org.junit.jupiter.api.Test;

class ElementTextsTest extends DiagramTestCase {

    private static final EnlacePackage P = EnlacePackage.eINSTANCE;

    @Test
    void theLabelIsTheTitleOrTheNameAndCatalogueEntriesAndLinksHaveNone() {
        assertEquals(P.getPlanElement_Title(), ElementTexts.labelAttribute(f.goal()));
        assertEquals(P.getEntryPoint_Title(), ElementTexts.labelAttribute(f.model.getEntryPoints().get(0)));
        assertEquals(P.getInstitution_Name(), ElementTexts.labelAttribute(f.model.getInstitutions().get(0)));
        assertEquals(P.getDiagram_Name(), ElementTexts.labelAttribute(f.empleo()));
        assertNull(ElementTexts.labelAttribute(f.sdg("10.7")));
        assertNull(ElementTexts.labelAttribute(f.model.getLinks().get(0)));
    }

    @Test
    void messagesNameElementsByTitleThenCodeThenIdAndCatalogueEntriesByCode() {
        assertEquals("Empleo formal para todas las personas", ElementTexts.label(f.goal()));
        assertEquals("10.7", ElementTexts.label(f.sdg("10.7")));
        assertEquals("Tasa de desempleo → Tasa de desempleo por condición migratoria",
                ElementTexts.label(f.model.getLinks().get(1)));
        Goal untitled = EnlaceFactory.eINSTANCE.createGoal();
        untitled.setId("g-9");
        untitled.setTitle(" ");
        assertEquals("g-9", ElementTexts.label(untitled));
        untitled.setCode("G9");
        assertEquals("G9", ElementTexts.label(untitled));
        assertEquals("Bendpoint", ElementTexts.label(EnlaceFactory.eINSTANCE.createBendpoint()));
    }
}
