package org.enlace.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Words, phrases, operators and patterns over {@link PassageFixture#corpus()}. */
class TextSearchTest {

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

    @Test
    void accentsAndCaseDoNotMatter() throws Exception {
        List<String> expected = List.of("plan-col#0", "plan-mex#1", "plan-mex#2");
        assertEquals(expected, sorted("migracion"));
        assertEquals(expected, sorted("MIGRACIÓN"));
        assertEquals(expected, sorted("migración"));
    }

    /** Spanish "migrantes" stems to "migrant"; English stemming of it happens to give the same. */
    @Test
    void pluralFindsSingularInItsLanguage() throws Exception {
        assertEquals(List.of("plan-col#1", "plan-col#4", "plan-jam#1", "plan-jam#2", "plan-mex#0", "plan-mex#2"),
                sorted("migrantes"));
        assertEquals(List.of("plan-jam#1", "plan-jam#2"), sorted("migrants"));
        assertEquals(List.of("plan-jam#0"), sorted("remittances"));
        assertEquals(List.of("plan-jam#0"), sorted("remittance"));
        assertEquals(List.of("plan-jam#1"), sorted("returnees"));
        assertEquals(List.of("plan-mex#1"), sorted("niña"));
    }

    /** Indexed with Spanish stems, the English "plan" would be found by the Spanish "plano" (a map). */
    @Test
    void englishPassagesAreNotStemmedAsSpanish() throws Exception {
        assertEquals(List.of("plan-jam#2"), sorted("plan"));
        assertEquals(List.of(), sorted("plano"));
    }

    @Test
    void aStopWordStillCountsAsAWordToFind() throws Exception {
        assertEquals(List.of("plan-col#2"), sorted("trata de personas"));
    }

    @Test
    void phrasesAreExactWordsInOrder() throws Exception {
        assertEquals(List.of("plan-col#1"), fixture.ids("\"trabajadores migrantes\""));
        assertEquals(List.of("plan-mex#0"), fixture.ids("\"trabajador migrante\""));
        assertEquals(List.of("plan-col#1"), fixture.ids("\"TRABAJADORES MIGRANTES\""));
        assertEquals(List.of(), fixture.ids("\"migrantes trabajadores\""));
    }

    @Test
    void proximityAllowsWordsInBetweenAndRanksTheExactPhraseFirst() throws Exception {
        assertEquals(List.of("plan-col#1", "plan-col#4"), fixture.ids("\"trabajadores migrantes\"~3"));
        assertEquals(List.of("plan-col#1"), fixture.ids("\"trabajadores migrantes\"~1"));
    }

    @Test
    void wordsAreJoinedByAndUnlessOrIsWritten() throws Exception {
        assertEquals(List.of("plan-col#1", "plan-col#4", "plan-mex#0"), sorted("migrantes trabajadores"));
        assertEquals(List.of("plan-col#1", "plan-col#4", "plan-mex#0"), sorted("migrantes AND trabajadores"));
        assertEquals(List.of("plan-col#3", "plan-jam#0"), sorted("remesas OR remittances"));
        assertEquals(List.of("plan-col#1"), sorted("trabajadores rural"));
    }

    @Test
    void notAndMinusExclude() throws Exception {
        assertEquals(List.of("plan-jam#1", "plan-jam#2", "plan-mex#2"), sorted("migrantes NOT trabajadores"));
        assertEquals(List.of("plan-col#3"), sorted("(remesas OR remittances) -diaspora"));
        assertEquals(List.of("plan-mex#2"), sorted("migrantes -trabajadores -country:JAM"));
    }

    @Test
    void wildcardsMatchTheWordsAsWritten() throws Exception {
        assertEquals(List.of("plan-bra#0", "plan-col#0", "plan-col#1", "plan-col#4", "plan-jam#1", "plan-jam#2",
                "plan-mex#0", "plan-mex#1", "plan-mex#2"), sorted("migra*"));
        assertEquals(List.of("plan-col#3"), sorted("remes?s"));
        assertEquals(List.of("plan-col#0", "plan-mex#1", "plan-mex#2"), sorted("migraci*"));
        assertEquals(List.of("plan-col#0", "plan-mex#1", "plan-mex#2"), sorted("MIGRACIÓ*"));
    }

    @Test
    void leadingWildcardsAreAllowed() throws Exception {
        assertEquals(List.of("plan-bra#0", "plan-col#1", "plan-col#4", "plan-mex#0", "plan-mex#2"),
                sorted("*grante*"));
    }

    @Test
    void fuzzyAndRegularExpressionsSearchWordsAsWritten() throws Exception {
        assertEquals(List.of("plan-col#1", "plan-col#4", "plan-jam#1", "plan-jam#2", "plan-mex#0", "plan-mex#2"),
                sorted("migrante~1"));
        assertEquals(List.of("plan-col#3", "plan-jam#0"), sorted("/remesa.|remittances/"));
    }

    @Test
    void aLoneStarFindsEveryPassage() throws Exception {
        assertEquals(12, fixture.ids("*").size());
        assertEquals(12, fixture.ids("*:*").size());
    }

    @Test
    void headingWordsRankButDoNotMatchAlone() throws Exception {
        IndexedPassage under = PassageFixture.plan(PassageFixture.COL, "Remesas", "Las remesas crecen.").get(0);
        IndexedPassage other = PassageFixture.plan(PassageFixture.MEX, "Empleo", "Las remesas crecen.").get(0);
        IndexedPassage headingOnly = PassageFixture.plan(PassageFixture.JAM, "Remesas", "Growth.").get(0);
        try (PassageFixture headings = new PassageFixture(List.of(other, headingOnly, under))) {
            assertEquals(List.of("plan-col#0", "plan-mex#0"), headings.ids("remesas"));
        }
    }
}
