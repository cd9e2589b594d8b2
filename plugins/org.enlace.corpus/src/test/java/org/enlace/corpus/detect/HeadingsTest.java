package org.enlace.corpus.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingsTest {

    private static final String DOCUMENT = """
            # Programa de gobierno

            Introducción general del programa.

            POLÍTICA MIGRATORIA Y FRONTERAS

            El número de personas migrantes
            creció en la última década.

            ## Salud
            ARTÍCULO 4. Todas las personas recibirán atención.
            """;

    @Test
    void nearestMarkdownOrCapitalsLineAboveThePassage() {
        assertEquals("POLÍTICA MIGRATORIA Y FRONTERAS",
                Headings.before(DOCUMENT, "El número de personas migrantes creció en la última década."));
        assertEquals("Programa de gobierno", Headings.before(DOCUMENT, "Introducción general del programa."));
    }

    @Test
    void aPassageThatStartsWithAHeadingLikeLineGetsTheOneAboveIt() {
        assertEquals("Salud", Headings.before(DOCUMENT, "ARTÍCULO 4. Todas las personas recibirán atención."));
    }

    @Test
    void noHeadingWhenThePassageIsNotInTheDocumentOrNothingIsAbove() {
        assertEquals("", Headings.before(DOCUMENT, "Un texto que no está."));
        assertEquals("", Headings.before("Primera línea del texto.", "Primera línea del texto."));
        assertEquals("", Headings.before(DOCUMENT, "   "));
    }
}
