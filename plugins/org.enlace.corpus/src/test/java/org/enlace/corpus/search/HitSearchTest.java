package org.enlace.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each hit carries: the passage, its snippet and marks; paging and totals. */
class HitSearchTest {

    private static PassageFixture fixture;

    @BeforeAll
    static void index() throws IOException {
        fixture = PassageFixture.standard();
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    private static SearchHit only(String query, boolean expand) throws Exception {
        List<SearchHit> hits = fixture.search(query, expand).hits();
        assertEquals(1, hits.size(), query);
        return hits.get(0);
    }

    private static List<String> marked(SearchHit hit) {
        return hit.marks().stream().map(mark -> hit.snippet().substring(mark.start(), mark.end())).toList();
    }

    @Test
    void aHitCarriesItsWholePassage() throws Exception {
        SearchHit hit = only("remesas", false);
        assertEquals(PassageFixture.corpus().get(3), hit.passage());
    }

    @Test
    void aShortPassageIsItsOwnSnippetWithTheMatchedWordMarked() throws Exception {
        SearchHit hit = only("rural", false);
        assertEquals("Los trabajadores migrantes del sector rural tendrán acceso a la seguridad social.", hit.snippet());
        assertEquals(List.of(new Mark(38, 43)), hit.marks());
    }

    @Test
    void stemmedMatchesMarkTheWordsAsWritten() throws Exception {
        SearchHit hit = only("trabajador migrante retornados", false);
        assertEquals(List.of(new Mark(3, 13), new Mark(14, 22), new Mark(23, 32)), hit.marks());
        assertEquals(List.of("trabajador", "migrante", "retornado"), marked(hit));
    }

    @Test
    void phrasesMarkTheirWordsOnlyWhereTheyFormThePhrase() throws Exception {
        SearchHit hit = only("\"sector rural\"", false);
        assertEquals(List.of("sector", "rural"), marked(hit));
        List<SearchHit> near = fixture.search("\"trabajadores migrantes\"~3", false).hits();
        assertEquals(List.of("trabajadores", "migrantes"), marked(near.get(1)));
    }

    @Test
    void patternsAndExpansionsAreMarked() throws Exception {
        assertEquals(List.of("migracion", "casa", "migrante"), marked(only("migra* AND casa", false)));
        List<SearchHit> hits = fixture.search("\"trata de personas\"", true).hits();
        assertEquals(List.of("trata", "de", "personas"), marked(hits.get(0)));
        assertEquals(List.of("human", "trafficking"), marked(hits.get(1)));
    }

    @Test
    void filterOnlyHitsHaveUnmarkedSnippets() throws Exception {
        SearchHit hit = only("doc:plan-bra", false);
        assertEquals("A migração de retorno e as remessas dos emigrantes.", hit.snippet());
        assertEquals(List.of(), hit.marks());
    }

    @Test
    void aLongPassageIsWindowedAroundItsMatches() throws Exception {
        String filler = "El plan nacional propone metas de crecimiento y empleo para todas las regiones del país. ";
        String text = filler.repeat(6) + "Las remesas de los migrantes sostienen a muchas familias. " + filler.repeat(6);
        IndexedPassage passage = PassageFixture.plan(PassageFixture.COL, "", text).get(0);
        try (PassageFixture single = new PassageFixture(List.of(passage))) {
            SearchHit hit = single.search("remesas migrantes", false).hits().get(0);
            assertTrue(hit.snippet().startsWith("…"), hit.snippet());
            assertTrue(hit.snippet().endsWith("…"), hit.snippet());
            assertTrue(hit.snippet().length() <= 302, hit.snippet());
            assertEquals(List.of("remesas", "migrantes"), marked(hit));
            String inside = hit.snippet().substring(1, hit.snippet().length() - 1);
            assertTrue(text.contains(inside), inside);
            assertTrue(text.contains(" " + inside + " "), "cut at whole words: " + inside);
        }
    }

    @Test
    void pagesFollowEachOther() throws Exception {
        PassageSearcher searcher = fixture.searcher();
        SearchResult second = searcher.search(new SearchRequest("migra*", 3, 3, false, false));
        assertEquals(List.of("plan-mex#0", "plan-mex#1", "plan-mex#2"), PassageFixture.ids(second));
        assertEquals(9, second.totalHits());
        assertTrue(second.totalHitsExact());
        SearchResult beyond = searcher.search(new SearchRequest("migra*", 9, 3, false, false));
        assertEquals(List.of(), beyond.hits());
        assertEquals(9, beyond.totalHits());
    }

    @Test
    void topZeroOnlyCounts() throws Exception {
        SearchResult result = fixture.searcher().search(new SearchRequest("migrantes", 0, false, false));
        assertEquals(6, result.totalHits());
        assertEquals(List.of(), result.hits());
    }

    @Test
    void badPagingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("a", -1, 10, false, false));
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("a", 0, -1, false, false));
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("a", 9_000, 1_001, false, false));
    }
}
