package org.enlace.corpus.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.enlace.corpus.search.Mark;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    /** 22 characters: alfa 0-3, beta 5-8, gamma 10-14, delta 16-20, spaces between and after. */
    private static final String BEFORE = "alfa beta gamma delta ".repeat(30);
    /** 23 characters: a space, then epsilon 1-7, zeta 9-12, eta 14-16, theta 18-22. */
    private static final String AFTER = " epsilon zeta eta theta".repeat(30);
    /** 1,368 characters with "remesas" at 660-667. */
    private static final String LONG = BEFORE + "remesas familiares" + AFTER;

    @Test
    void shortTextIsShownWholeWithItsMarks() {
        String text = "Los trabajadores migrantes del sector rural.";
        Snippets.Snippet snippet = Snippets.of(text, List.of(new int[] {17, 26}, new int[] {17, 26}));
        assertEquals(new Snippets.Snippet(text, List.of(new Mark(17, 26))), snippet);
    }

    @Test
    void whiteSpaceRunsBecomeOneSpaceAndMarksFollow() {
        Snippets.Snippet snippet = Snippets.of("  Las  remesas\n\nfamiliares \t", List.of(new int[] {7, 14}));
        assertEquals(new Snippets.Snippet("Las remesas familiares", List.of(new Mark(4, 11))), snippet);
    }

    @Test
    void overlappingMatchesBecomeOneMark() {
        Snippets.Snippet snippet = Snippets.of("trabajadores migrantes", List.of(new int[] {0, 12}, new int[] {0, 22},
                new int[] {13, 22}));
        assertEquals(List.of(new Mark(0, 22)), snippet.marks());
    }

    /**
     * The match at 660 leaves 293 spare characters, a third (97) before it: from 563, moved on to
     * the next word (delta, 566); 300 characters end inside "epsilon" at 863, moved back to the
     * space before it (862).
     */
    @Test
    void longTextIsCutAroundTheMatchAtWholeWords() {
        Snippets.Snippet snippet = Snippets.of(LONG, List.of(new int[] {660, 667}));
        assertEquals("…" + LONG.substring(566, 862) + "…", snippet.text());
        assertEquals(List.of(new Mark(95, 102)), snippet.marks());
        assertEquals("remesas", snippet.text().substring(95, 102));
        assertEquals("…delta alfa", snippet.text().substring(0, 11));
        assertEquals("eta theta…", snippet.text().substring(snippet.text().length() - 10));
    }

    /** 300 characters end inside "gamma" (296-300): the cut moves back to the space after "beta" (295). */
    @Test
    void longTextWithoutMatchesShowsItsBeginning() {
        Snippets.Snippet snippet = Snippets.of(LONG, List.of());
        assertEquals(LONG.substring(0, 295) + "…", snippet.text());
        assertEquals(List.of(), snippet.marks());
    }

    @Test
    void windowGoesWhereMostMatchesAre() {
        List<int[]> matches = List.of(new int[] {0, 4}, new int[] {660, 667}, new int[] {668, 678},
                new int[] {1300, 1307});
        Snippets.Snippet snippet = Snippets.of(LONG, matches);
        assertEquals(List.of("remesas", "familiares"), snippet.marks().stream()
                .map(mark -> snippet.text().substring(mark.start(), mark.end())).toList());
    }

    @Test
    void matchNearTheEndShowsTheEnd() {
        int theta = LONG.length() - 5;
        Snippets.Snippet snippet = Snippets.of(LONG, List.of(new int[] {theta, LONG.length()}));
        assertEquals("…", snippet.text().substring(0, 1));
        assertEquals("theta", snippet.text().substring(snippet.text().length() - 5));
        assertEquals(List.of(new Mark(snippet.text().length() - 5, snippet.text().length())), snippet.marks());
    }
}
