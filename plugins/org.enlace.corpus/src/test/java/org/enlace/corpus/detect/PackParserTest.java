package org.enlace.corpus.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.enlace.corpus.detect.PackException.Problem;
import org.enlace.corpus.detect.PackSection.Kind;
import org.junit.jupiter.api.Test;

class PackParserTest {

    @Test
    void readsHeaderSectionsWeightsPhrasesAndProximity() throws PackException {
        QueryPack pack = PackParser.parse("p.txt", """
                # comment
                pack mine 2

                [migration]
                migra*
                0.5 frontera
                [target 10.c]
                2 "envío de remesas"
                "trabajadores migrantes"~3
                [gcm 20]
                *aremos
                0.5 @migration
                """);
        assertEquals("mine", pack.name());
        assertEquals("2", pack.version());
        assertEquals(List.of(
                new PackSection(Kind.MIGRATION, "", List.of(new PackClause("migra*", List.of("migra*"), -1, 1, 5),
                        new PackClause("frontera", List.of("frontera"), -1, 0.5, 6))),
                new PackSection(Kind.TARGET, "10.c", List.of(
                        new PackClause("\"envío de remesas\"", List.of("envío", "de", "remesas"), -1, 2, 8),
                        new PackClause("\"trabajadores migrantes\"~3", List.of("trabajadores", "migrantes"), 3, 1, 9))),
                new PackSection(Kind.GCM, "20", List.of(new PackClause("*aremos", List.of("*aremos"), -1, 1, 11),
                        new PackClause("@migration", List.of(), -1, 0.5, 12)))),
                pack.sections());
    }

    @Test
    void builtInPackParsesAndCoversTheMigrationTargets() {
        QueryPack pack = QueryPack.builtIn();
        List<String> targets = pack.sections().stream().filter(s -> s.kind() == Kind.TARGET)
                .map(PackSection::code).toList();
        for (String code : List.of("10.7", "10.c", "8.8", "8.7", "8.5", "8.3", "8.6", "16.2", "5.2", "4.b", "17.18",
                "10.2", "3.8", "4.1", "4.5", "1.3", "11.1", "16.9", "16.4", "13.1", "17.16")) {
            assertEquals(true, targets.contains(code), code);
        }
        assertEquals("migration", pack.name());
    }

    @Test
    void missingHeader() {
        assertProblem(Problem.MISSING_HEADER, 2, "migra*", "# no header\nmigra*\n");
    }

    @Test
    void emptyFileHasNoHeader() {
        assertProblem(Problem.MISSING_HEADER, 1, "", "");
    }

    @Test
    void duplicateHeader() {
        assertProblem(Problem.DUPLICATE_HEADER, 2, "pack b 2", "pack a 1\npack b 2\n");
    }

    @Test
    void clauseOutsideSection() {
        assertProblem(Problem.CLAUSE_OUTSIDE_SECTION, 2, "migrante", "pack a 1\nmigrante\n");
    }

    @Test
    void unknownSection() {
        assertProblem(Problem.UNKNOWN_SECTION, 2, "[goal 10]", "pack a 1\n[goal 10]\n");
    }

    @Test
    void targetWithoutCodeIsUnknown() {
        assertProblem(Problem.UNKNOWN_SECTION, 2, "[target]", "pack a 1\n[target]\n");
    }

    @Test
    void badTargetCode() {
        assertProblem(Problem.BAD_TARGET_CODE, 2, "10-7", "pack a 1\n[target 10-7]\n");
    }

    @Test
    void badGcmNumber() {
        assertProblem(Problem.BAD_GCM_NUMBER, 2, "24", "pack a 1\n[gcm 24]\n");
    }

    @Test
    void badWeight() {
        assertProblem(Problem.BAD_WEIGHT, 3, "-1", "pack a 1\n[migration]\n-1 migrante\n");
    }

    @Test
    void unclosedPhrase() {
        assertProblem(Problem.BAD_PHRASE, 3, "\"trata de personas", "pack a 1\n[migration]\n\"trata de personas\n");
    }

    @Test
    void badProximity() {
        assertProblem(Problem.BAD_PROXIMITY, 3, "~x", "pack a 1\n[migration]\n\"trabajadores migrantes\"~x\n");
    }

    @Test
    void unquotedWordsAreABadTerm() {
        assertProblem(Problem.BAD_TERM, 3, "trata de personas", "pack a 1\n[migration]\ntrata de personas\n");
    }

    @Test
    void loneStarIsABadTerm() {
        assertProblem(Problem.BAD_TERM, 3, "*", "pack a 1\n[migration]\n\"migra *\"\n");
    }

    @Test
    void explainsWhereWhatAndWhatToWriteInEnglishAndSpanish() {
        PackException e = assertThrows(PackException.class,
                () -> PackParser.parse("mine.txt", "pack a 1\n[gcm 24]\n"));
        assertEquals("mine.txt, line 2: the GCM objective \"24\" is not a number from 1 to 23; write for example"
                + " \"[gcm 6]\".", e.explain(Locale.ENGLISH));
        assertEquals("mine.txt, línea 2: el objetivo del PMM \"24\" no es un número del 1 al 23; escriba por ejemplo"
                + " \"[gcm 6]\".", e.explain(Locale.forLanguageTag("es")));
    }

    private static void assertProblem(Problem problem, int line, String detail, String text) {
        PackException e = assertThrows(PackException.class, () -> PackParser.parse("p.txt", text));
        assertEquals(problem, e.problem());
        assertEquals(line, e.line());
        assertEquals(detail, e.detail());
        assertEquals("p.txt", e.source());
    }
}
