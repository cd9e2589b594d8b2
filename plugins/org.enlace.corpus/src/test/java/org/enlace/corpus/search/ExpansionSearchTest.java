package org.enlace.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Thesaurus expansion over {@link PassageFixture#corpus()}; what the user typed ranks first. */
class ExpansionSearchTest {

    private static PassageFixture fixture;

    @BeforeAll
    static void index() throws IOException {
        fixture = PassageFixture.standard();
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    private static List<String> expanded(String query) throws Exception {
        return PassageFixture.ids(fixture.search(query, true));
    }

    @Test
    void aSpanishWordFindsItsEnglishEquivalent() throws Exception {
        assertEquals(List.of("plan-col#3", "plan-jam#0"), expanded("remesas"));
        assertEquals(List.of("plan-col#3"), fixture.ids("remesas"));
    }

    @Test
    void anEnglishWordFindsItsSpanishEquivalent() throws Exception {
        assertEquals(List.of("plan-jam#0", "plan-col#3"), expanded("remittances"));
    }

    @Test
    void aPhraseExpandsToPhrases() throws Exception {
        assertEquals(List.of("plan-col#2", "plan-jam#2"), expanded("\"trata de personas\""));
        assertEquals(List.of("plan-col#2"), fixture.ids("\"trata de personas\""));
    }

    @Test
    void aWordExpandsToStemmedEquivalents() throws Exception {
        assertEquals(List.of("plan-mex#0", "plan-jam#1"), expanded("retornados"));
        assertEquals(List.of("plan-mex#0"), fixture.ids("retornados"));
    }

    @Test
    void expansionKeepsFiltersAndOperators() throws Exception {
        assertEquals(List.of("plan-jam#0"), expanded("remesas country:JAM"));
        assertEquals(List.of("plan-col#3"), expanded("remesas -lang:en"));
    }

    @Test
    void patternsAreNotExpanded() throws Exception {
        assertEquals(List.of("plan-col#3"), expanded("remes?s"));
    }

    @Test
    void aUserThesaurusAddsConcepts() throws Exception {
        Thesaurus mine = Thesaurus.parse(new StringReader("[x] hogares | household\n"), "mine.txt");
        PassageSearcher searcher = new PassageSearcher(fixture.indexSearcher(), Thesaurus.builtIn().merge(mine));
        SearchResult result = searcher.search(new SearchRequest("hogares", 10, false, true));
        assertEquals(List.of("plan-col#3", "plan-jam#0"), PassageFixture.ids(result));
    }
}
