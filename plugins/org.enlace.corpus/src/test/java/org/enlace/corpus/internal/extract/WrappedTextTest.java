package org.enlace.corpus.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.enlace.corpus.extract.Block;
import org.enlace.corpus.extract.BlockKind;
import org.enlace.corpus.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

class WrappedTextTest {

    private static ExtractedDocument page(String... lines) throws Exception {
        DocumentBuilder out = new DocumentBuilder(10_000);
        WrappedText.appendPage(List.of(lines), out);
        return out.build();
    }

    @Test
    void joinsWrappedLinesAndHyphenatedWords() throws Exception {
        assertEquals("La migración no; la migración sí, del 2022-2026 y bien- Estar.",
                page("La migra\u00AD", "ción no; la migra-", "ción sí, del 2022-", "2026 y bien-", "Estar.").text());
        assertEquals("El plan reconoce la migración como motor.", page("El plan reconoce la migra-", "ción como motor.").text());
        assertEquals("Periodo 2022-2026.", page("Periodo 2022-", "2026.").text());
    }

    @Test
    void startsParagraphsAtGapsListItemsAndHeadings() throws Exception {
        ExtractedDocument document = page("CAPÍTULO II", "MIGRACIÓN Y DESARROLLO", "", "Primer párrafo que",
                "sigue aquí.", "", "Segundo párrafo.", "• Primer punto", "• Segundo punto", "1. Objetivos del plan",
                "Texto del objetivo.");

        assertEquals("""
                CAPÍTULO II MIGRACIÓN Y DESARROLLO

                Primer párrafo que sigue aquí.

                Segundo párrafo.

                • Primer punto

                • Segundo punto

                1. Objetivos del plan

                Texto del objetivo.""", document.text());
        assertEquals(Block.heading(2, 0, 34), document.blocks().get(0));
        assertEquals(Block.heading(1, 119, 140), document.blocks().get(5));
    }

    @Test
    void continuesAParagraphAcrossAGapWhenTheSentenceGoesOn() throws Exception {
        assertEquals("Que la Ley 819 de 2003 dicta normas de presupuesto, responsabilidad y transparencia del Plan de "
                + "Desarrollo.\n\nQue la Ley 1098.",
                page("Que la Ley 819 de 2003 dicta normas de presupuesto,", "", "responsabilidad y transparencia del",
                        "", "Plan de Desarrollo.", "", "Que la Ley 1098.").text());
    }

    @Test
    void splitsTheArticleTitleFromTheTextThatFollowsIt() throws Exception {
        ExtractedDocument document = page("ARTÍCULO 2°. PARTE INTEGRAL DE ESTA LEY. El documento",
                "denominado Bases del Plan.");

        assertEquals("ARTÍCULO 2°. PARTE INTEGRAL DE ESTA LEY.\n\nEl documento denominado Bases del Plan.",
                document.text());
        assertEquals(List.of(Block.heading(4, 0, 40), Block.paragraph(42, 81)), document.blocks());
    }

    @Test
    void completesAnArticleTitleWrappedIntoTheFirstLineOfItsText() throws Exception {
        ExtractedDocument document = page("Texto anterior.", "ARTÍCULO 154°. COFINANCIACIÓN DE LA ATENCIÓN EN SALUD DE",
                "LA POBLACIÓN MIGRANTE. La Nación cofinanciará las atenciones en salud", "de la población migrante.");

        assertEquals("Texto anterior.\n\nARTÍCULO 154°. COFINANCIACIÓN DE LA ATENCIÓN EN SALUD DE LA POBLACIÓN "
                + "MIGRANTE.\n\nLa Nación cofinanciará las atenciones en salud de la población migrante.", document.text());
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH),
                document.blocks().stream().map(Block::kind).toList());
    }

    @Test
    void endsAParagraphAtAShortLineThatClosesASentence() throws Exception {
        ExtractedDocument document = page(
                "El Plan Nacional de Desarrollo se expide por medio de la presente ley y tiene",
                "como objetivo sentar las bases para que el país se convierta en un líder de la",
                "protección de la vida.",
                "Este proceso debe desembocar en la paz total, entendida como la búsqueda de",
                "una oportunidad para que todos podamos vivir una vida digna, basada en la",
                "justicia: es decir, en una cultura de la paz.");

        assertEquals("El Plan Nacional de Desarrollo se expide por medio de la presente ley y tiene como objetivo sentar "
                + "las bases para que el país se convierta en un líder de la protección de la vida.\n\nEste proceso "
                + "debe desembocar en la paz total, entendida como la búsqueda de una oportunidad para que todos "
                + "podamos vivir una vida digna, basada en la justicia: es decir, en una cultura de la paz.",
                document.text());
        assertEquals(2, document.blocks().size());
    }
}
