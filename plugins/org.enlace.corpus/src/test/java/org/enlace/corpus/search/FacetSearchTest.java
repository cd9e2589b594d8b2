package org.enlace.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Facets counted over all matching passages of {@link PassageFixture#corpus()}. */
class FacetSearchTest {

    private static PassageFixture fixture;

    @BeforeAll
    static void index() throws IOException {
        fixture = PassageFixture.standard();
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    private static Map<String, List<FacetValue>> facets(String query, int top) throws Exception {
        return fixture.searcher().search(new SearchRequest(query, top, true, false)).facets();
    }

    private static FacetValue value(String value, long count) {
        return new FacetValue(value, value, count);
    }

    @Test
    void everyDimensionIsCountedOverAllPassages() throws Exception {
        Map<String, List<FacetValue>> facets = facets("*", 1);
        assertEquals(List.of("country", "document", "year", "level", "lang"), List.copyOf(facets.keySet()));
        assertEquals(List.of(value("COL", 5), value("JAM", 3), value("MEX", 3), value("BRA", 1)), facets.get("country"));
        assertEquals(List.of(new FacetValue("plan-col", "Plan Nacional de Desarrollo 2022-2026", 5),
                new FacetValue("plan-jam", "Vision 2030 Jamaica", 3),
                new FacetValue("plan-mex", "Programa Sectorial de Gobernación 2019-2024", 3),
                new FacetValue("plan-bra", "Plano Plurianual", 1)), facets.get("document"));
        assertEquals(List.of(value("national", 9), value("sectoral", 3)), facets.get("level"));
        assertEquals(List.of(value("es", 8), value("en", 3), value("pt", 1)), facets.get("lang"));
    }

    /** COL 2022-2026 (5 passages), MEX 2019-2024 (3), JAM 2009-2030 (3); BRA has no years. */
    @Test
    void yearsCountEveryYearOfEachPlan() throws Exception {
        List<FacetValue> expected = new ArrayList<>();
        for (int year = 2022; year <= 2024; year++) {
            expected.add(value(Integer.toString(year), 11));
        }
        expected.add(value("2025", 8));
        expected.add(value("2026", 8));
        for (int year = 2019; year <= 2021; year++) {
            expected.add(value(Integer.toString(year), 6));
        }
        for (int year = 2009; year <= 2018; year++) {
            expected.add(value(Integer.toString(year), 3));
        }
        for (int year = 2027; year <= 2030; year++) {
            expected.add(value(Integer.toString(year), 3));
        }
        assertEquals(expected, facets("*", 1).get("year"));
    }

    @Test
    void facetsFollowTheQueryNotThePage() throws Exception {
        Map<String, List<FacetValue>> facets = facets("migrantes lang:es", 1);
        assertEquals(List.of(value("COL", 2), value("MEX", 2)), facets.get("country"));
        assertEquals(List.of(value("2022", 4), value("2023", 4), value("2024", 4), value("2019", 2), value("2020", 2),
                value("2021", 2), value("2025", 2), value("2026", 2)), facets.get("year"));
        assertEquals(List.of(value("national", 2), value("sectoral", 2)), facets.get("level"));
    }

    @Test
    void facetsAreEmptyWhenNothingMatchesAndAbsentWhenNotAsked() throws Exception {
        Map<String, List<FacetValue>> none = facets("xenofobia", 10);
        none.values().forEach(values -> assertEquals(List.of(), values));
        assertEquals(Map.of(), fixture.search("migrantes", false).facets());
    }

    @Test
    void withFacetsTheTotalIsExactAndHitsAreTheSame() throws Exception {
        SearchResult with = fixture.searcher().search(new SearchRequest("migra*", 3, true, false));
        SearchResult without = fixture.searcher().search(new SearchRequest("migra*", 3, false, false));
        assertEquals(9, with.totalHits());
        assertEquals(true, with.totalHitsExact());
        assertEquals(PassageFixture.ids(without), PassageFixture.ids(with));
    }

    @Test
    void anEmptyIndexHasEmptyFacets() throws Exception {
        try (PassageFixture empty = new PassageFixture(List.of())) {
            SearchResult result = empty.searcher().search(new SearchRequest("migrantes", 10, true, true));
            assertEquals(0, result.totalHits());
            result.facets().values().forEach(values -> assertEquals(List.of(), values));
        }
    }
}
