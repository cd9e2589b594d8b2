package org.enlace.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.enlace.model.persistence.EnlaceResourceSets;
import org.junit.jupiter.api.Test;

/** The chooser's search over the shipped catalogues: exact result lists for typed text. */
class CatalogSearchQueryTest {

    private static final Set<CatalogKind> ALL = EnumSet.allOf(CatalogKind.class);
    private static final CatalogSearchQuery SEARCH = new CatalogSearchQuery(new CatalogQuery(EnlaceResourceSets.create()));

    /** The codes found, as an English reader sees them: "SDG 5" and "GCM 5" apart, "10.7" as it is. */
    private static List<String> found(String typed, Set<CatalogKind> kinds, int limit) {
        return SEARCH.search(typed, kinds, limit, "en").stream()
                .map(hit -> hit.kind().code(hit.code(), Locale.ENGLISH)).toList();
    }

    private static List<String> found(String typed, int limit) {
        return found(typed, ALL, limit);
    }

    @Test
    void anExactCodeComesFirstThenTheCodesThatBeginWithIt() {
        assertEquals(List.of("10.7", "10.7.1", "10.7.2", "10.7.3", "10.7.4"), found("10.7", 20));
        assertEquals(List.of("10.c", "10.c.1"), found("10.c", 20));
        assertEquals(List.of("10.7.2"), found("10.7.2", 20));
    }

    @Test
    void aBareNumberFindsTheGoalAndTheObjectiveThenCoarserCodesBeforeFinerOnes() {
        assertEquals(List.of("SDG 5", "GCM 5", "5.1", "5.2", "5.3"), found("5", 5));
        assertEquals(List.of("SDG 1", "GCM 1", "SDG 10", "SDG 11"), found("1", 4));
        assertEquals(List.of("SDG 10", "GCM 10", "10.1", "10.2"), found("10.", 4), "a trailing dot while typing");
    }

    @Test
    void theFrameworkAbbreviationInEnglishOrSpanishKeepsOnlyThatFramework() {
        assertEquals(List.of("GCM 5"), found("GCM 5", 20));
        assertEquals(List.of("GCM 5"), found("gcm5", 20));
        assertEquals(List.of("GCM 5"), found("PMM 5", 20));
        assertEquals(List.of("SDG 10", "10.1", "10.2"), found("ODS 10", 3));
        assertEquals(List.of("GCM 1", "GCM 2", "GCM 3"), found("gcm", 3));
        assertEquals(List.of(), found("GCM 5", CatalogKind.SDG, 20));
    }

    @Test
    void aRepeatedIndicatorIsFoundByTheCodeTypedAndShownWithIt() {
        List<CatalogHit> hits = SEARCH.search("13.1.1", 20, "en");
        assertEquals(1, hits.size());
        CatalogHit hit = hits.get(0);
        assertEquals(CatalogKind.SDG_INDICATOR, hit.kind());
        assertEquals("1.5.1", hit.entry().getId());
        assertEquals("13.1.1", hit.code());
        assertEquals("13.1.1 Number of deaths, missing persons and directly affected persons attributed to disasters "
                + "per 100,000 population", hit.text());
    }

    @Test
    void beginningsOfSpanishWordsFindTarget10_7First() {
        assertEquals(List.of("10.7", "10.7.2", "8.8", "GCM 23", "GCM 20"), found("migr segur", 5));
        assertEquals(List.of("10.7", "8.8", "11.2"), found("migr segur", EnumSet.of(CatalogKind.SDG_TARGET), 3));
        assertEquals("10.7 Facilitar la migración y la movilidad ordenadas, seguras, regulares y responsables de las "
                + "personas, incluso mediante la aplicación de políticas migratorias planificadas y bien gestionadas",
                SEARCH.search("migr segur", 1, "es").get(0).text());
    }

    @Test
    void remittancesAreFoundInSpanishAndInEnglish() {
        assertEquals(List.of("10.c", "GCM 20", "10.c.1", "17.3.2"), found("remesas", 20));
        // "Remittance costs" (10.c.1) does not begin with the longer typed word.
        assertEquals(List.of("GCM 20", "17.3.2", "10.c"), found("remittances", 20));
        assertEquals(List.of("10.c.1", "10.c", "GCM 20", "17.3.2"), found("remit", 20));
    }

    @Test
    void accentsAndCaseAreIgnored() {
        List<String> expected = List.of("GCM 5", "GCM 7", "GCM 3", "GCM 10", "GCM 23", "10.7.3", "GCM 17", "10.7", "10.7.2");
        assertEquals(expected, found("migracion", 20));
        assertEquals(expected, found("MIGRACIÓN", 20));
        assertEquals(expected, found("Migración", 20));
    }

    @Test
    void wholeWordsComeBeforeBeginningsOfLongerWords() {
        // "trata" (trafficking) itself before "tratados" (treated, 12.4.2) and "tratamiento" (treatment).
        assertEquals(List.of("GCM 10", "16.2", "16.2.2", "5.2", "8.7", "12.4.2", "6.3.1"), found("trata", 7));
    }

    @Test
    void entriesMeetingEveryTypedWordComeBeforeThoseMeetingFewer() {
        assertEquals(List.of("GCM 10", "16.2.2", "8.7", "11.2"), found("trata personas", 4));
        assertEquals(List.of("10.7", "10.7.2", "10.7.3", "8.8", "10.7.1", "10.7.4"), found("10.7 migr", 6));
    }

    @Test
    void kindsFilterTheResults() {
        assertEquals(List.of("10.7.2", "GCM 5", "GCM 19"),
                found("migr", EnumSet.of(CatalogKind.SDG_INDICATOR, CatalogKind.GCM_OBJECTIVE), 3));
        assertEquals(List.of(), found("remesas", EnumSet.noneOf(CatalogKind.class), 20));
    }

    @Test
    void theDisplayTextIsInTheModelsLanguageAndEnglishWhenItHasNone() {
        assertEquals("SDG 10 Reduce inequality within and among countries", SEARCH.search("10", 1, "en").get(0).text());
        assertEquals("ODS 10 Reducir la desigualdad en los países y entre ellos", SEARCH.search("10", 1, "es").get(0).text());
        assertEquals("PMM 5 Aumentar la disponibilidad y flexibilidad de las vías de migración regular",
                SEARCH.search("gcm 5", 1, "es").get(0).text());
        String english = "10.7.4 Proportion of the population who are refugees, by country of origin";
        assertEquals(english, SEARCH.search("10.7.4", 1, "de").get(0).text());
        assertEquals(english, SEARCH.search("10.7.4", 1, null).get(0).text());
        assertEquals("10.7.4 Proportion de réfugiés dans la population, par pays d’origine",
                SEARCH.search("10.7.4", 1, "fr").get(0).text());
    }

    @Test
    void textWithoutWordsListsTheCatalogueInOrder() {
        for (String typed : new String[] {"", "   ", "¿?!", " -- / "}) {
            assertEquals(List.of("SDG 1", "SDG 2", "SDG 3"), found(typed, 3), "'" + typed + "'");
        }
        assertEquals(List.of("1.1", "1.2"), found("", EnumSet.of(CatalogKind.SDG_TARGET), 2));
        assertEquals(List.of("GCM 1", "GCM 2"), found("", EnumSet.of(CatalogKind.GCM_OBJECTIVE), 2));
    }

    @Test
    void punctuationAroundCodesAndWordsIsIgnored() {
        assertEquals(List.of("10.7", "10.7.1"), found("¿10.7?", 2));
        assertEquals(List.of("10.c", "GCM 20"), found("(remesas!)", 2));
    }

    @Test
    void unknownCodesAndWordsFindNothing() {
        for (String typed : new String[] {"10.99", "99", "18.1", "GCM 24", "xyzzy"}) {
            assertEquals(List.of(), found(typed, 20), typed);
        }
    }

    @Test
    void theLimitCutsTheListAndMustBePositive() {
        assertEquals(List.of("SDG 10", "GCM 10"), found("10", 2));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> found("10", 0));
        assertEquals("limit must be at least 1, not 0", refused.getMessage());
    }
}
