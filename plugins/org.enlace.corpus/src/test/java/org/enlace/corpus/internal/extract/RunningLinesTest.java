package org.enlace.corpus.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunningLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"12", "- 12 -", "Página 12 de 262", "Pagina 7", "Page 3", "p. 4", "xii", "3 / 40", "| 5 |"})
    void recognisesPageNumbers(String line) {
        assertTrue(PageNumbers.isPageNumber(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "12 de octubre", "Artículo 12", "1.200", "", "Paso 3"})
    void doesNotTakeOtherShortLinesForPageNumbers(String line) {
        assertFalse(PageNumbers.isPageNumber(line));
    }

    @Test
    void removesHeadersAndFootersThatRepeatWithDifferentNumbers() {
        List<String> texts = List.of("Agua.", "Salud.", "Niñez migrante.", "Empleo.", "Vivienda.");
        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            pages.add(List.of("Plan de Desarrollo  2024-2028", "PLAN DE DESARROLLO " + (2023 + page) + "-2028", "",
                    texts.get(page - 1), "", "Alcaldía de Zipaquirá — página " + page,
                    String.valueOf(page)));
        }

        List<List<String>> cleaned = RunningLines.remove(pages);

        assertEquals(List.of("", "Niñez migrante.", ""), cleaned.get(2));
    }

    @Test
    void removesALongLetterheadButStopsAtTheFirstLineOfText() {
        List<String> letterhead = List.of("SECRETARÍA DE PLANEACIÓN", "Elaboró:", "María Rodríguez", "Revisó:",
                "Secretario de Planeación", "Aprobó:", "Alcalde municipal");
        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            List<String> lines = new ArrayList<>(letterhead);
            lines.add("Línea " + (page % 2 == 0 ? "par" : "impar") + " del cuerpo.");
            lines.add("Revisó:");
            pages.add(lines);
        }

        List<List<String>> cleaned = RunningLines.remove(pages);

        assertEquals(List.of("Línea par del cuerpo."), cleaned.get(1));
    }

    @Test
    void keepsEverythingButEdgePageNumbersWhenFewerThanThreePages() {
        List<List<String>> pages = List.of(List.of("Informe", "Texto.", "1"), List.of("Informe", "Más texto.", "2"));

        assertEquals(List.of(List.of("Informe", "Texto."), List.of("Informe", "Más texto.")), RunningLines.remove(pages));
    }
}
