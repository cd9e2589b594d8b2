package org.enlace.corpus.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingHeuristicTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            TÍTULO I                                                   | 1
            PARTE GENERAL                                              | 1
            CAPÍTULO II                                                | 2
            Capítulo 3 Migración y desarrollo                          | 2
            SECCIÓN I                                                  | 3
            ARTÍCULO 1°. OBJETIVOS DEL PLAN NACIONAL DE DESARROLLO.    | 4
            Artículo 5. Objeto                                         | 4
            EJE ESTRATÉGICO                                            | 1
            Chapter 4 Labour Migration                                 | 2
            1. Introducción                                            | 1
            2.3 Población migrante y refugiada                         | 2
            2.3.1. Niñez migrante                                      | 3
            IV. Seguridad humana                                       | 1
            ARTÍCULO 10°. Adiciónese el parágrafo 5 al artículo 7 de   | 0
            1. Ordenamiento del territorio alrededor del agua. Busca   | 0
            2. Articular junto con los institutos de investigación de  | 0
            El plan reconoce la migración como motor de desarrollo.    | 0
            Parte baja del río y de la cuenca                          | 0
            2026 Colombia avanza                                       | 0
            TOTAL 50,4                                                 | 0
            Página 12 de 262                                           | 0
            MIGRACIÓN,                                                 | 0
            """)
    void guessesTheLevelFromTheShapeOfTheLine(String line, int level) {
        assertEquals(level, HeadingHeuristic.level(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ARTÍCULO 2°. PARTE INTEGRAL DE ESTA LEY. El documento denominado | ARTÍCULO 2°. PARTE INTEGRAL DE ESTA LEY.
            ARTÍCULO 10°. Adiciónese el parágrafo 5 al artículo 7 del Decreto | ARTÍCULO 10°.
            El documento denominado Bases del Plan                           | ''
            ARTÍCULO 3°. EJES DE TRANSFORMACIÓN DEL PLAN NACIONAL            | ''
            """)
    void findsTheArticleTitleThatOpensALine(String line, String heading) {
        assertEquals(heading, line.substring(0, HeadingHeuristic.headingPrefix(line)));
    }
}
