package org.enlace.corpus;

import static org.enlace.corpus.CorpusFixtures.DOCX;
import static org.enlace.corpus.CorpusFixtures.HTML;
import static org.enlace.corpus.CorpusFixtures.MARKDOWN;
import static org.enlace.corpus.CorpusFixtures.PDF;
import static org.enlace.corpus.CorpusFixtures.TEXT;
import static org.enlace.corpus.CorpusFixtures.hits;
import static org.enlace.corpus.CorpusFixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.enlace.corpus.FileOutcome.Kind;
import org.enlace.corpus.search.SearchHit;
import org.enlace.corpus.search.SearchRequest;
import org.junit.jupiter.api.Test;

/** A first import of a folder with one document of each format: outcomes, ids, metadata and search. */
class CorpusImportTest extends ImportedPlans {

    @Test
    void importsEveryFileWithItsPagesAndPassages() {
        assertEquals(CorpusFixtures.NAMES, CorpusFixtures.kinds(report).keySet().stream().toList());
        assertEquals(Set.of(Kind.IMPORTED), Set.copyOf(CorpusFixtures.kinds(report).values()));
        // The PDF has a passage per chapter, one chapter a page; the others are a paragraph or two.
        assertEquals(List.of(1, 1, 1, 1, 3), report.files().stream().map(FileOutcome::pages).toList());
        assertEquals(List.of(1, 1, 1, 1, 3), report.files().stream().map(FileOutcome::passages).toList());
        assertEquals(7, report.pages());
        assertEquals(7, report.passages());
        assertFalse(report.cancelled());
        assertTrue(report.skipped().isEmpty());
        assertTrue(report.files().stream().allMatch(file -> file.reason().isEmpty()));
    }

    @Test
    void idsAreASlugOfTheFileNameAndAShortHashOfItsPath() throws Exception {
        Map<String, String> ids = ids(corpus);
        assertEquals(Map.of(TEXT, "asistentes", DOCX, "informe-empleo", MARKDOWN, "notas-mesa", HTML,
                "plan-guatemala", PDF, "plan-nacional"), slugs(ids));
        for (FileOutcome file : report.files()) {
            assertEquals(ids.get(Path.of(file.file()).getFileName().toString()), file.documentId());
        }
        assertEquals(plans.resolve(PDF).toString(), corpus.documents().stream()
                .filter(record -> record.id().equals(ids.get(PDF))).findFirst().orElseThrow().source());
    }

    private static Map<String, String> slugs(Map<String, String> ids) {
        ids.values().forEach(id -> assertTrue(id.matches("[a-z0-9-]+-[0-9a-f]{6}"), id));
        Map<String, String> slugs = new HashMap<>();
        ids.forEach((name, id) -> slugs.put(name, id.substring(0, id.length() - 7)));
        return slugs;
    }

    @Test
    void metadataComesFromTheSidecarsAndTheDocuments() throws Exception {
        Map<String, DocumentMetadata> metadata = new HashMap<>();
        for (DocumentRecord record : corpus.documents()) {
            metadata.put(Path.of(record.source()).getFileName().toString(), record.metadata());
        }
        // The folder's sidecar gives country, level, period and language; a file's own sidecar wins.
        assertEquals(new DocumentMetadata("Plan de prueba", "COL", "national", "", 2022, 2026, "es"),
                metadata.get(PDF));
        assertEquals(new DocumentMetadata("informe empleo", "COL", "national", "", 2014, 2018, "es"),
                metadata.get(DOCX));
        assertEquals(new DocumentMetadata("Plan de Guatemala", "GTM", "national", "", 2020, 2024, "es"),
                metadata.get(HTML));
        // Front matter names the Markdown document before its first heading does.
        assertEquals(new DocumentMetadata("Acta de la mesa técnica", "COL", "national", "", 2022, 2026, "es"),
                metadata.get(MARKDOWN));
        assertEquals(new DocumentMetadata("asistentes", "COL", "national", "", 2022, 2026, "es"),
                metadata.get(TEXT));
    }

    @Test
    void metadataGivenInTheOptionsWinsOverTheSidecars() throws Exception {
        Path other = dir.resolve("other");
        try (Corpus given = Corpus.open(other, true)) {
            ImportOptions options = CorpusFixtures.oneThread()
                    .withMetadata(new DocumentMetadata("", "HND", "", "SEGEPLAN", 0, 0, ""));
            given.importFiles(List.of(plans.resolve(HTML)), options, ImportListener.NONE);

            assertEquals(new DocumentMetadata("Plan de Guatemala", "HND", "national", "SEGEPLAN", 2020, 2024, "es"),
                    given.documents().get(0).metadata());
        }
    }

    @Test
    void searchFindsThePdfPassagesOnTheirPages() throws Exception {
        String pdf = ids(corpus).get(PDF);
        // Stemming makes "migrantes" find "migrante" too; the filters keep the Colombian plan of 2022-2026.
        assertEquals(new TreeSet<>(List.of(pdf + " p.2", pdf + " p.3", ids(corpus).get(DOCX) + " p.1",
                ids(corpus).get(HTML) + " p.1")), new TreeSet<>(hits(corpus, "migrantes")));
        assertEquals(List.of(pdf + " p.3", pdf + " p.2"), hits(corpus, "migrantes country:COL year:2022..2026"));
        assertEquals(List.of(ids(corpus).get(HTML) + " p.1"), hits(corpus, "migrantes country:GTM"));
        assertEquals(List.of(ids(corpus).get(DOCX) + " p.1"), hits(corpus, "migrantes year:..2019"));

        SearchHit second = corpus.search(new SearchRequest("población", 10, false, false)).hits().get(0);
        assertEquals("CAPÍTULO 2. INCLUSIÓN SOCIAL", second.passage().heading());
        assertEquals("La población migrante accede a salud y educación en igualdad de condiciones.",
                second.passage().text());
        assertEquals(second.passage().text(), corpus.text(pdf).orElseThrow()
                .substring(second.passage().start(), second.passage().end()));
    }

    @Test
    void theRunningHeaderAndPageFooterAreNotText() throws Exception {
        String text = corpus.text(ids(corpus).get(PDF)).orElseThrow();
        assertFalse(text.contains("PLAN NACIONAL DE DESARROLLO"), text);
        assertFalse(text.contains("Página"), text);
        assertEquals(List.of(), hits(corpus, "\"plan nacional de desarrollo\""));
    }
}
