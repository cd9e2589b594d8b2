package org.enlace.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each mistake: its problem, 1-based column, and message in English and Spanish. */
class QuerySyntaxTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static PassageFixture fixture;

    @BeforeAll
    static void index() throws IOException {
        fixture = PassageFixture.standard();
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    private static QuerySyntaxException error(String query) {
        return assertThrows(QuerySyntaxException.class, () -> fixture.search(query, true));
    }

    private static void assertError(String query, QueryProblem problem, int column, String english, String spanish) {
        QuerySyntaxException e = error(query);
        assertEquals(problem, e.problem());
        assertEquals(column, e.column());
        assertEquals(query, e.query());
        assertEquals(english, e.getMessage());
        assertEquals(spanish, e.message(SPANISH));
    }

    @Test
    void unbalancedQuote() {
        assertError("remesas AND \"trabajadores migrantes", QueryProblem.UNBALANCED_QUOTE, 13,
                "Unbalanced quote at column 13: \"trabajadores migrantes",
                "Comillas sin cerrar en la columna 13: \"trabajadores migrantes");
    }

    @Test
    void unbalancedParentheses() {
        assertError("(migrantes OR remesas", QueryProblem.UNCLOSED_PARENTHESIS, 1,
                "The parenthesis opened at column 1 is never closed.",
                "El paréntesis abierto en la columna 1 no se cierra.");
        assertError("migrantes OR remesas)", QueryProblem.UNOPENED_PARENTHESIS, 21,
                "The closing parenthesis at column 21 has no opening one.",
                "El paréntesis de cierre de la columna 21 no tiene apertura.");
    }

    @Test
    void parenthesesAndQuotesInsideQuotesOrEscapedAreText() throws Exception {
        assertEquals(2, fixture.search("\"(migrantes\"", false).totalHits());
        assertEquals(1, fixture.search("\\(remesas\\)", false).totalHits());
    }

    @Test
    void danglingOperators() {
        assertError("migrantes AND", QueryProblem.DANGLING_OPERATOR, 11,
                "The operator AND at column 11 is missing a term.",
                "Al operador AND de la columna 11 le falta un término.");
        assertError("AND migrantes", QueryProblem.DANGLING_OPERATOR, 1,
                "The operator AND at column 1 is missing a term.",
                "Al operador AND de la columna 1 le falta un término.");
        assertEquals(11, error("migrantes NOT").column());
        assertEquals(9, error("remesas OR OR migrantes").column());
    }

    @Test
    void emptyQuery() {
        assertError("   ", QueryProblem.EMPTY, 1, "The query is empty: type at least one word.",
                "La consulta está vacía: escriba al menos una palabra.");
    }

    @Test
    void fieldWithoutValue() {
        assertError("migrantes country:", QueryProblem.MISSING_VALUE, 11,
                "Field country at column 11 has no value; for example country:COL.",
                "El campo country de la columna 11 no tiene valor; por ejemplo, country:COL.");
        QuerySyntaxException spaced = error("year: migrantes");
        assertEquals(QueryProblem.BAD_YEAR, spaced.problem());
        assertEquals(7, spaced.column());
    }

    @Test
    void unknownField() {
        assertError("migrantes foo:bar", QueryProblem.UNKNOWN_FIELD, 11,
                "Unknown field foo at column 11; the fields are country, lang, level, doc, year.",
                "Campo desconocido foo en la columna 11; los campos son country, lang, level, doc, year.");
    }

    @Test
    void badYears() {
        assertError("migrantes year:2026..2022", QueryProblem.REVERSED_YEARS, 16,
                "The year range 2026..2022 at column 16 ends before it starts: write 2022..2026.",
                "El rango de años 2026..2022 de la columna 16 termina antes de empezar: escriba 2022..2026.");
        assertError("year:20x4", QueryProblem.BAD_YEAR, 6,
                "Invalid year 20x4 at column 6: write year:2024, year:2022..2026, year:2022.. or year:..2026.",
                "Año no válido 20x4 en la columna 6: escriba year:2024, year:2022..2026, year:2022.. o year:..2026.");
        assertEquals(QueryProblem.BAD_YEAR, error("year:..").problem());
        assertEquals(QueryProblem.REVERSED_YEARS, error("year:[2026 TO 2022]").problem());
    }

    @Test
    void patternsAndRangesWhereTheyDoNotBelong() {
        assertError("country:CO*", QueryProblem.PATTERN_ON_FILTER, 1,
                "Field country at column 1 takes an exact value, not a pattern.",
                "El campo country de la columna 1 admite un valor exacto, no un patrón.");
        assertError("lang:[en TO es]", QueryProblem.RANGE_NOT_SUPPORTED, 1,
                "Only year takes a range; lang at column 1 does not.",
                "Solo year admite un rango; lang, en la columna 1, no.");
        assertError("migrantes ?*", QueryProblem.PATTERN_TOO_BROAD, 11,
                "The pattern ?* at column 11 needs at least one letter or digit.",
                "El patrón ?* de la columna 11 necesita al menos una letra o un número.");
    }

    @Test
    void unexpectedTokensAndEnds() {
        assertError("migrantes\\", QueryProblem.UNEXPECTED_END, 11, "The query ends too early at column 11.",
                "La consulta termina antes de tiempo en la columna 11.");
        assertError("(:remesas)", QueryProblem.UNEXPECTED, 2, "Unexpected : at column 2.",
                "Elemento inesperado : en la columna 2.");
    }

    @Test
    void caretLinePointsAtTheColumn() {
        QuerySyntaxException e = error("remesas AND \"trabajadores migrantes");
        assertEquals("            ^", e.caretLine());
        assertEquals(e.getMessage(), e.getLocalizedMessage());
    }
}
