package org.enlace.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Field filters over {@link PassageFixture#corpus()}: COL plan 2022-2026 (5 passages), MEX
 * 2019-2024 (3), JAM 2009-2030 (3), BRA with unknown years (1).
 */
class FilterSearchTest {

    private static PassageFixture fixture;

    @BeforeAll
    static void index() throws IOException {
        fixture = PassageFixture.standard();
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    private static List<String> sorted(String query) throws Exception {
        return fixture.ids(query).stream().sorted().toList();
    }

    private static long count(String query) throws Exception {
        return fixture.search(query, false).totalHits();
    }

    @Test
    void countryLevelLanguageAndDocumentIgnoreCase() throws Exception {
        assertEquals(5, count("country:COL"));
        assertEquals(5, count("country:col"));
        assertEquals(5, count("Country:Col"));
        assertEquals(3, count("lang:EN"));
        assertEquals(1, count("lang:pt"));
        assertEquals(3, count("level:sectoral"));
        assertEquals(9, count("level:NATIONAL"));
        assertEquals(List.of("plan-jam#0", "plan-jam#1", "plan-jam#2"), sorted("doc:plan-jam"));
        assertEquals(List.of("plan-bra#0"), sorted("doc:\"plan-bra\""));
        assertEquals(0, count("doc:PLAN-JAM"));
    }

    @Test
    void filtersNarrowTextWithoutChangingItsRanking() throws Exception {
        assertEquals(List.of("plan-col#1", "plan-col#4"), sorted("migrantes country:COL"));
        SearchResult filtered = fixture.search("migrantes country:MEX", false);
        SearchResult all = fixture.search("migrantes", false);
        for (SearchHit hit : filtered.hits()) {
            float unfiltered = all.hits().stream().filter(h -> h.passage().id().equals(hit.passage().id()))
                    .findFirst().orElseThrow().score();
            assertEquals(unfiltered, hit.score());
        }
    }

    @Test
    void aYearFindsPlansInForceThatYear() throws Exception {
        assertEquals(11, count("year:2024"));
        assertEquals(8, count("year:2025"));
        assertEquals(8, count("year:2026"));
        assertEquals(3, count("year:2027"));
        assertEquals(6, count("year:2019"));
        assertEquals(3, count("year:2018"));
        assertEquals(0, count("year:2031"));
    }

    @Test
    void aRangeFindsPlansThatOverlapIt() throws Exception {
        assertEquals(11, count("year:2022..2026"));
        assertEquals(3, count("year:2027..2035"));
        assertEquals(6, count("year:2019..2019"));
        assertEquals(0, count("year:2000..2008"));
        assertEquals(3, count("year:..2010"));
        assertEquals(8, count("year:2025.."));
        assertEquals(3, count("year:[2027 TO *]"));
        assertEquals(3, count("year:{2026 TO 2030]"));
        assertEquals(11, count("year:[2022 TO 2026]"));
    }

    @Test
    void unknownYearsNeverMatchAYearFilter() throws Exception {
        assertEquals(11, count("year:1000..9999"));
        assertEquals(0, count("migração year:1000..9999"));
        assertEquals(1, count("migração"));
    }

    @Test
    void textCountryAndYearCombine() throws Exception {
        assertEquals(List.of("plan-col#1", "plan-col#4"), sorted("migrantes country:COL year:2022..2026"));
        assertEquals(List.of("plan-col#1", "plan-col#4", "plan-jam#1", "plan-jam#2"), sorted("migrantes year:2025"));
        assertEquals(List.of("plan-col#1", "plan-col#4", "plan-mex#0", "plan-mex#2"), sorted("migrantes lang:es"));
        assertEquals(List.of("plan-col#3", "plan-jam#0"), sorted("(remesas OR remittances) level:national"));
    }

    @Test
    void negatedFiltersAloneMeanEverythingElse() throws Exception {
        assertEquals(List.of("plan-bra#0", "plan-jam#0", "plan-jam#1", "plan-jam#2"), sorted("-lang:es"));
        assertEquals(List.of("plan-col#1", "plan-col#4", "plan-jam#1", "plan-jam#2"), sorted("migrantes -country:MEX"));
        assertEquals(8, count("country:COL OR country:MEX"));
    }
}
