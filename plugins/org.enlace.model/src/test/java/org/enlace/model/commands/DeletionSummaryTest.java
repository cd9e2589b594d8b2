package org.enlace.model.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enlace.model.EnlacePackage;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.Test;

/** The question asked before deleting from the model: what else goes, counted and said. */
class DeletionSummaryTest extends DiagramTestCase {

    private static final EnlacePackage P = EnlacePackage.eINSTANCE;

    @Test
    void aGoalTakesItsTargetItsIndicatorTwoLinksAndTwoShapes() {
        DeletionSummary summary = f.commands.deletionSummary(List.of(f.node(f.empleo(), f.goal())));

        assertTrue(summary.canDelete());
        assertEquals(List.of(f.goal()), summary.elements());
        assertEquals(Map.of(P.getTarget(), 1, P.getIndicator(), 1, P.getLink(), 2), summary.alsoRemoved());
        assertEquals(List.of(P.getTarget(), P.getIndicator(), P.getLink()),
                List.copyOf(summary.alsoRemoved().keySet()));
        assertEquals(2, summary.shapes());
        assertEquals("Delete goal “Empleo formal para todas las personas”? This also removes 1 target, 1 indicator,"
                + " 2 links and 2 diagram shapes.", summary.sentence());
        assertFalse(f.session.commandStack().canUndo(), "asking changes nothing");
    }

    @Test
    void theQuestionIsAskedInSpanish() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("¿Eliminar objetivo «Empleo formal para todas las personas»? Esto también elimina 1 meta,"
                + " 1 indicador, 2 vínculos y 2 formas de diagrama.",
                f.commands.deletionSummary(List.of(f.goal())).sentence());
    }

    @Test
    void aLinkIsNamedByItsEndsAndSeveralElementsAreCounted() {
        assertEquals("Delete link “Empleo formal para todas las personas → 10.7”?"
                + " This also removes 1 diagram shape.",
                f.commands.deletionSummary(f.empleo().getEdges()).sentence());
        assertEquals("Delete 2 elements? This also removes 1 link.",
                f.commands.deletionSummary(List.of(f.target().getIndicators().get(0), f.model.getInstitutions().get(0)))
                        .sentence());
        assertEquals("Delete institution “Instituto Nacional de Estadística y Censos”?",
                f.commands.deletionSummary(List.of(f.model.getInstitutions().get(2))).sentence());
    }

    @Test
    void aCatalogueEntryIsNamedAsTheReasonNothingCanBeDeleted() {
        DeletionSummary summary = f.commands.deletionSummary(List.of(f.node(f.empleo(), f.goal()),
                f.node(f.empleo(), f.sdg("10.7"))));

        assertFalse(summary.canDelete());
        assertEquals(List.of(f.sdg("10.7")), summary.readOnly());
        assertEquals(Map.of(), summary.alsoRemoved());
        assertEquals(0, summary.shapes());
        assertEquals("SDG target 10.7 is a catalogue entry and cannot be deleted; remove it from the diagram"
                + " instead.", summary.sentence());
        assertEquals("SDG target 10.7 and SDG target 8.5 are catalogue entries and cannot be deleted; remove them"
                + " from the diagram instead.", f.commands.deletionSummary(List.of(f.sdg("10.7"), f.sdg("8.5")))
                        .sentence());
    }

    @Test
    void nothingChosenSaysSo() {
        DeletionSummary summary = f.commands.deletionSummary(List.of());
        assertFalse(summary.canDelete());
        assertEquals("Nothing to delete.", summary.sentence());
    }
}
