package org.enlace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.enlace.corpus.Corpus;
import org.enlace.corpus.DocumentRecord;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enlace corpus import|list|remove} and {@code enlace search} on a small folder of plans:
 * a Markdown plan of two pages (the second about the migrant population), a text report about
 * migrant workers and an HTML page about returnees, imported as Colombian plans of 2022-2026.
 */
class CorpusCommandsTest {

    /** The summary of an import, whatever its time and speed. */
    private static final String SUMMARY = "Imported %d, replaced 0, metadata updated 0, unchanged %d, copies left out"
            + " %d, skipped %d: %d pages, %d passages in \\d+\\.\\d s \\(\\d+ passages/s\\)\\.";

    @TempDir
    Path dir;

    private Path plans;
    private Path corpus;
    @RegisterExtension
    final CliRunner cli = new CliRunner();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @BeforeEach
    void writePlans() throws IOException {
        plans = Files.createDirectories(dir.resolve("plans"));
        corpus = dir.resolve("corpus");
        Files.writeString(plans.resolve("plan-movilidad.md"), """
                # Plan de movilidad humana

                Introducción del plan de gobierno.
                \f# Población migrante

                La población migrante accede a salud y educación.
                """);
        Files.writeString(plans.resolve("informe.txt"), "Los trabajadores migrantes reciben permisos de trabajo.\n");
        Files.writeString(plans.resolve("pagina.html"), "<html><head><title>Retorno</title></head>"
                + "<body><p>Las familias retornadas reciben apoyo.</p></body></html>");
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private int importPlans(String... more) {
        List<String> args = new ArrayList<>(List.of("corpus", "import", plans.toString(), "--corpus",
                corpus.toString(), "--country", "COL", "--period", "2022-2026", "--lang", "es", "--threads", "1"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private int search(String... args) {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        all.addAll(List.of("--corpus", corpus.toString()));
        return run(all.toArray(String[]::new));
    }

    /** The id the corpus gave the document imported from {@code plans/name}. */
    private String id(String name) throws IOException {
        try (Corpus open = Corpus.open(corpus, false)) {
            return open.documents().stream().filter(record -> record.source().equals(plans.resolve(name).toString()))
                    .map(DocumentRecord::id).findFirst().orElseThrow();
        }
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    /** Checks the lines of the output, the last being the summary of an import. */
    private void assertImportOutput(List<String> lines, String summary) {
        List<String> printed = outLines();
        assertEquals(lines, printed.subList(0, printed.size() - 1), out.toString());
        assertTrue(printed.get(printed.size() - 1).matches(summary), printed.get(printed.size() - 1));
    }

    @Test
    void importPrintsALineForEachFileAndASummary() throws IOException {
        assertEquals(0, importPlans());

        assertImportOutput(List.of(
                "imported   " + id("informe.txt") + ": 1 pages, 1 passages (" + plans.resolve("informe.txt") + ")",
                "imported   " + id("pagina.html") + ": 1 pages, 1 passages (" + plans.resolve("pagina.html") + ")",
                "imported   " + id("plan-movilidad.md") + ": 2 pages, 2 passages (" + plans.resolve("plan-movilidad.md")
                        + ")"),
                SUMMARY.formatted(3, 0, 0, 0, 4, 4));
        assertEquals("", err.toString());

        assertEquals(0, importPlans());
        assertImportOutput(List.of(
                "unchanged  " + id("informe.txt") + " (" + plans.resolve("informe.txt") + ")",
                "unchanged  " + id("pagina.html") + " (" + plans.resolve("pagina.html") + ")",
                "unchanged  " + id("plan-movilidad.md") + " (" + plans.resolve("plan-movilidad.md") + ")"),
                SUMMARY.formatted(0, 3, 0, 0, 0, 0));
    }

    @Test
    void importListsCopiesAndSkippedFilesAndExitsOne() throws IOException {
        Files.write(plans.resolve("foto.png"), new byte[] {1, 2, 3});
        Files.writeString(plans.resolve("pagina.txt"), "Las familias retornadas reciben apoyo.\n");

        assertEquals(1, importPlans());

        List<String> printed = outLines();
        assertTrue(printed.get(3).matches(SUMMARY.formatted(3, 0, 1, 1, 4, 4)), printed.get(3));
        assertEquals(List.of(
                "Left out (copies of imported files):",
                "  " + plans.resolve("pagina.txt") + ": plain-text copy of pagina.html, which is imported instead.",
                "Skipped:",
                "  " + plans.resolve("foto.png") + ": format .png is not supported; Enlace imports PDF, DOCX, HTML,"
                        + " Markdown and plain text."), printed.subList(4, printed.size()));
    }

    @Test
    void aBadCountryExitsTwoBeforeTheCorpusIsTouched() {
        assertEquals(2, run("corpus", "import", plans.toString(), "--corpus", corpus.toString(), "--country", "XYZ"));

        assertEquals("command line: \"XYZ\" is not an ISO 3166-1 alpha-3 country code (e.g. COL, GTM, MEX, CRI).\n",
                err.toString());
        assertEquals("", out.toString());
        assertFalse(Files.exists(corpus));
    }

    @Test
    void listShowsEachDocumentWithItsMetadataAndSource() throws IOException {
        importPlans();

        assertEquals(0, run("corpus", "list", "--corpus", corpus.toString()));

        assertEquals(List.of(
                id("informe.txt") + "  COL  -  2022-2026  es  1 pages  1 passages  informe",
                "    " + plans.resolve("informe.txt"),
                id("pagina.html") + "  COL  -  2022-2026  es  1 pages  1 passages  Retorno",
                "    " + plans.resolve("pagina.html"),
                id("plan-movilidad.md") + "  COL  -  2022-2026  es  2 pages  2 passages  Plan de movilidad humana",
                "    " + plans.resolve("plan-movilidad.md"),
                "3 document(s), 4 passages."), outLines());
    }

    @Test
    void listSpeaksSpanish() throws IOException {
        importPlans();
        Messages.setLocale(Locale.forLanguageTag("es"));

        assertEquals(0, run("corpus", "list", "--corpus", corpus.toString()));

        assertEquals(id("plan-movilidad.md") + "  COL  -  2022-2026  es  2 páginas  2 pasajes  Plan de movilidad humana",
                outLines().get(4));
        assertEquals("3 documento(s), 4 pasajes.", outLines().get(6));
    }

    @Test
    void removeByIdAndTheDocumentsWhoseFileIsGone() throws IOException {
        importPlans();
        String report = id("informe.txt");
        String returnees = id("pagina.html");

        assertEquals(0, run("corpus", "remove", report, "--corpus", corpus.toString()));
        assertEquals(List.of("removed " + report + " (" + plans.resolve("informe.txt") + ")", "1 document(s) removed."),
                outLines());

        Files.delete(plans.resolve("pagina.html"));
        assertEquals(0, run("corpus", "remove", "--missing", "--corpus", corpus.toString()));
        assertEquals(List.of("removed " + returnees + " (" + plans.resolve("pagina.html") + ")",
                "1 document(s) removed."), outLines());

        assertEquals(0, run("corpus", "list", "--corpus", corpus.toString()));
        assertEquals("1 document(s), 2 passages.", outLines().get(2));
        assertEquals(1, search("trabajadores"));
        assertEquals(1, search("retornadas"));
    }

    @Test
    void removeOfAnUnknownDocumentExitsOne() {
        importPlans();

        assertEquals(1, run("corpus", "remove", "informe-000000", "--corpus", corpus.toString()));

        assertEquals("informe-000000: not in the corpus (see enlace corpus list).\n", err.toString());
        assertEquals("0 document(s) removed.\n", out.toString());
        assertEquals(2, run("corpus", "remove", "--corpus", corpus.toString()));
        assertEquals("Name the documents to remove, or use --missing.\n", err.toString());
    }

    @Test
    void searchPrintsATableWithMarkedWordsAndPages() throws IOException {
        importPlans();

        assertEquals(0, search("migrantes"));

        assertEquals(List.of(
                "2 passage(s) found; showing 2.",
                "",
                "1. informe, p. 1  (score 0.00, " + id("informe.txt") + "#0)",
                "   Los trabajadores [migrantes] reciben permisos de trabajo.",
                "",
                "2. Plan de movilidad humana, p. 2  (score 0.00, " + id("plan-movilidad.md") + "#1)",
                "   under: Población migrante",
                "   La población [migrante] accede a salud y educación."), withoutScores(outLines()));
        assertEquals("", err.toString());
    }

    /** Scores depend on Lucene's similarity; the order of hits is what the tests check. */
    private static List<String> withoutScores(List<String> lines) {
        return lines.stream().map(line -> line.replaceFirst("\\(score \\d+\\.\\d\\d, ", "(score 0.00, ")).toList();
    }

    @Test
    void searchWritesJson() throws IOException {
        importPlans();

        assertEquals(0, search("migrantes", "--format", "json"));

        Map<?, ?> json = (Map<?, ?>) JsonTree.parse(out.toString());
        assertEquals(2L, json.get("total"));
        assertEquals(true, json.get("totalExact"));
        assertFalse(json.containsKey("facets"));
        List<?> hits = (List<?>) json.get("hits");
        assertEquals(2, hits.size());
        Map<?, ?> second = (Map<?, ?>) hits.get(1);
        assertEquals(id("plan-movilidad.md") + "#1", second.get("id"));
        assertEquals(id("plan-movilidad.md"), second.get("document"));
        assertEquals("Plan de movilidad humana", second.get("title"));
        assertEquals(2L, second.get("page"));
        assertEquals("Población migrante", second.get("heading"));
        assertEquals("La población migrante accede a salud y educación.", second.get("snippet"));
        assertEquals(List.of(List.of(13L, 21L)), second.get("marks"));
        assertEquals("COL", second.get("country"));
        assertEquals("es", second.get("lang"));
    }

    @Test
    void searchWritesCsv() throws IOException {
        importPlans();

        assertEquals(0, search("migrantes", "--format", "csv"));

        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser csv = CSVParser.parse(out.toString(), format)) {
            assertEquals(List.of("rank", "id", "document", "title", "page", "score", "heading", "snippet"),
                    csv.getHeaderNames());
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(2, rows.size());
            CSVRecord second = rows.get(1);
            assertEquals(List.of("2", id("plan-movilidad.md") + "#1", id("plan-movilidad.md"),
                    "Plan de movilidad humana", "2"), second.toList().subList(0, 5));
            assertTrue(second.get("score").matches("\\d+\\.\\d{4}"), second.get("score"));
            assertEquals("Población migrante", second.get("heading"));
            assertEquals("La población [migrante] accede a salud y educación.", second.get("snippet"));
        }
    }

    @Test
    void searchCountsFacetsInTheTableAndInJson() throws IOException {
        importPlans();

        assertEquals(0, search("migrantes", "--facets"));
        List<String> lines = outLines();
        assertEquals(List.of(
                "By country:",
                "       2  COL",
                "",
                "By document:",
                "       1  " + id("informe.txt") + " (informe)",
                "       1  " + id("plan-movilidad.md") + " (Plan de movilidad humana)",
                "",
                "By year:",
                "       2  2022",
                "       2  2023",
                "       2  2024",
                "       2  2025",
                "       2  2026",
                "",
                "By level:",
                "",
                "By lang:",
                "       2  es"), lines.subList(lines.indexOf("By country:"), lines.size()));

        assertEquals(0, search("migrantes", "--facets", "--format", "json"));
        Map<?, ?> facets = (Map<?, ?>) ((Map<?, ?>) JsonTree.parse(out.toString())).get("facets");
        assertEquals(List.of("country", "document", "year", "level", "lang"), List.copyOf(facets.keySet()));
        assertEquals(List.of(Map.of("value", "COL", "label", "COL", "count", 2L)), facets.get("country"));
        assertEquals(Map.of("value", id("plan-movilidad.md"), "label", "Plan de movilidad humana", "count", 1L),
                ((List<?>) facets.get("document")).get(1));
        assertEquals(List.of(), facets.get("level"));
    }

    @Test
    void facetsDoNotGoInCsv() {
        importPlans();

        assertEquals(2, search("migrantes", "--facets", "--format", "csv"));

        assertEquals("--facets works with --format table or json; CSV holds only the hits.\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aQuerySyntaxErrorShowsWhere() {
        importPlans();

        assertEquals(2, search("migrantes AND"));

        assertEquals("""
                Query error: The operator AND at column 11 is missing a term.
                  migrantes AND
                            ^
                """, err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void noHitsExitsOne() {
        importPlans();

        assertEquals(1, search("pasaportes"));

        assertEquals("0 passage(s) found; showing 0.\n", out.toString());
    }

    @Test
    void searchWithoutACorpusExitsTwo() {
        assertEquals(2, search("migrantes"));

        assertEquals("Cannot use the corpus " + corpus + ": there is no corpus in " + corpus + "; create one by"
                + " importing documents into it (enlace corpus import FILES --corpus " + corpus + ").\n",
                err.toString());
        assertFalse(Files.exists(corpus));
    }
}
