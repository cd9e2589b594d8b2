package org.enlace.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThesaurusTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Thesaurus parse(String text) throws IOException, ThesaurusException {
        return Thesaurus.parse(new StringReader(text), "user.txt");
    }

    @Test
    void readsTaggedAndUntaggedConceptsIgnoringComments() throws Exception {
        Thesaurus thesaurus = parse("# my terms\n[remittances] remesas | Remittances\n\n  migrante | migrant # note\n");
        assertEquals(2, thesaurus.size());
        assertEquals(List.of("Remittances"), thesaurus.expansions("REMESAS"));
        assertEquals(List.of("migrante"), thesaurus.expansions("migrant"));
        assertEquals(List.of(), thesaurus.expansions("frontera"));
    }

    @Test
    void entriesMatchWithoutCaseAccentsOrPunctuation() throws Exception {
        Thesaurus thesaurus = parse("[x] migración | migracion | Migration\n[y] niñas, niños y adolescentes | children\n");
        assertEquals(List.of("Migration"), thesaurus.expansions("MIGRACIÓN"));
        assertEquals(List.of("Migration"), thesaurus.expansions("migracion"));
        assertEquals(List.of("children"), thesaurus.expansions("Niñas niños  y adolescentes"));
    }

    @Test
    void aTermInTwoConceptsExpandsToBoth() throws Exception {
        Thesaurus thesaurus = parse("[a] asilo | asylum\n[b] asilo | refugio\n");
        assertEquals(List.of("asylum", "refugio"), thesaurus.expansions("asilo"));
        assertEquals(List.of("asilo"), thesaurus.expansions("refugio"));
    }

    @Test
    void mergeJoinsConceptsWithTheSameTag() throws Exception {
        Thesaurus user = parse("[Remittances] envíos de dinero | remesas\n[mine] caravana | caravan\n");
        Thesaurus merged = Thesaurus.builtIn().merge(user);
        assertEquals(Thesaurus.builtIn().size() + 1, merged.size());
        assertTrue(merged.expansions("envíos de dinero").contains("remittances"));
        assertTrue(merged.expansions("remesas").contains("envíos de dinero"));
        assertEquals(List.of("caravan"), merged.expansions("caravana"));
        assertTrue(!Thesaurus.builtIn().expansions("remesas").contains("envíos de dinero"));
    }

    @Test
    void loadsAUserFileInUtf8(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("mine.txt");
        Files.writeString(file, "[x] población flotante | floating population\n", StandardCharsets.UTF_8);
        assertEquals(List.of("floating population"), Thesaurus.load(file).expansions("poblacion flotante"));
    }

    @Test
    void malformedLinesNameFileLineAndProblem() {
        ThesaurusException tag = assertThrows(ThesaurusException.class, () -> parse("a | b\n\n[tag remesas | x\n"));
        assertEquals(ThesaurusException.Problem.BAD_TAG, tag.problem());
        assertEquals(3, tag.line());
        assertEquals("user.txt, line 3: the concept tag must be a name between [ and ].", tag.getMessage());
        assertEquals("user.txt, línea 3: la etiqueta del concepto debe ser un nombre entre [ y ].",
                tag.message(SPANISH));

        ThesaurusException few = assertThrows(ThesaurusException.class, () -> parse("[solo] remesas\n"));
        assertEquals("user.txt, line 1: a concept needs at least two terms separated by |.", few.getMessage());
        assertEquals("user.txt, línea 1: un concepto necesita al menos dos términos separados por |.",
                few.message(SPANISH));

        ThesaurusException empty = assertThrows(ThesaurusException.class, () -> parse("a || b\n"));
        assertEquals("user.txt, line 1: a term between | separators is empty.", empty.getMessage());
        assertEquals("user.txt, línea 1: hay un término vacío entre separadores |.", empty.message(SPANISH));
    }

    @Test
    void builtInCoversTheMigrationConceptsInBothLanguages() {
        Thesaurus builtIn = Thesaurus.builtIn();
        assertTrue(builtIn.size() >= 40, "concepts: " + builtIn.size());
        String[][] pairs = {
            {"migrante", "población migrante"}, {"migrante", "migrant"}, {"inmigrante", "emigrant"},
            {"movilidad humana", "migration"}, {"remesas", "remittances"}, {"retornados", "returnees"},
            {"personas retornadas", "return migration"}, {"diáspora", "connacionales en el exterior"},
            {"refugiados", "asylum seekers"}, {"protección internacional", "refugees"},
            {"desplazados internos", "internally displaced persons"}, {"trata de personas", "human trafficking"},
            {"tráfico ilícito de migrantes", "migrant smuggling"}, {"trabajadores migratorios", "labour migration"},
            {"migración laboral", "migrant workers"}, {"apátridas", "stateless"},
            {"niños no acompañados", "unaccompanied children"}, {"niñez migrante", "children on the move"},
            {"regularización", "regularisation"}, {"estatus migratorio", "migratory status"},
            {"gestión de fronteras", "border management"}, {"reintegración", "reintegration"},
            {"xenofobia", "xenophobia"},
        };
        for (String[] pair : pairs) {
            assertTrue(builtIn.expansions(pair[0]).contains(pair[1]), pair[0] + " -> " + pair[1]);
        }
    }

    /** Words that alone mostly mean something else in plans are left out on purpose. */
    @Test
    void builtInLeavesOutAmbiguousWords() {
        for (String word : List.of("retorno", "return", "frontera", "refugio", "trata", "trafficking", "integración",
                "movilidad", "mobility")) {
            assertEquals(List.of(), Thesaurus.builtIn().expansions(word), word);
        }
    }
}
