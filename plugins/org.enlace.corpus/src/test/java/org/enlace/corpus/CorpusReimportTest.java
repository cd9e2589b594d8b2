package org.enlace.corpus;

import static org.enlace.corpus.CorpusFixtures.HTML;
import static org.enlace.corpus.CorpusFixtures.PDF;
import static org.enlace.corpus.CorpusFixtures.TEXT;
import static org.enlace.corpus.CorpusFixtures.hits;
import static org.enlace.corpus.CorpusFixtures.ids;
import static org.enlace.corpus.CorpusFixtures.importFiles;
import static org.enlace.corpus.CorpusFixtures.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enlace.corpus.FileOutcome.Kind;
import org.junit.jupiter.api.Test;

/** Importing again: unchanged files, changed bytes, new metadata and copies of imported files. */
class CorpusReimportTest extends ImportedPlans {

    @Test
    void unchangedFilesAreLeftAsTheyAre() throws Exception {
        List<DocumentRecord> before = corpus.documents();
        List<String> hitsBefore = hits(corpus, "migrantes");

        ImportReport again = importFiles(corpus, plans);

        assertEquals(Set.of(Kind.UNCHANGED), Set.copyOf(CorpusFixtures.kinds(again).values()));
        assertEquals(5, again.files().size());
        assertEquals(0, again.passages());
        assertEquals(List.of(3, 3), List.of(outcome(again, PDF).pages(), outcome(again, PDF).passages()));
        assertEquals(before, corpus.documents());
        assertEquals(hitsBefore, hits(corpus, "migrantes"));
    }

    @Test
    void aFileWithNewBytesReplacesItsPassages() throws Exception {
        String id = ids(corpus).get(TEXT);
        Files.writeString(plans.resolve(TEXT), "Lista de invitados al taller de planeación.\n");

        ImportReport again = importFiles(corpus, plans);

        assertEquals(new FileOutcome(plans.resolve(TEXT).toString(), Kind.REPLACED, id, "", 1, 1, 43),
                outcome(again, TEXT));
        assertEquals(4, again.count(Kind.UNCHANGED));
        assertEquals(List.of(), hits(corpus, "asistentes"));
        assertEquals(List.of(id + " p.1"), hits(corpus, "invitados"));
        assertEquals("Lista de invitados al taller de planeación.", corpus.text(id).orElseThrow());
    }

    @Test
    void newMetadataForTheSameBytesIndexesTheStoredTextAgain() throws Exception {
        String id = ids(corpus).get(HTML);
        ImportOptions honduras = CorpusFixtures.oneThread()
                .withMetadata(new DocumentMetadata("", "HND", "", "", 0, 0, ""));

        ImportReport again = corpus.importFiles(List.of(plans.resolve(HTML)), honduras, ImportListener.NONE);

        assertEquals(new FileOutcome(plans.resolve(HTML).toString(), Kind.METADATA_UPDATED, id, "", 1, 1, 103),
                again.files().get(0));
        assertEquals(List.of(), hits(corpus, "migrantes country:GTM"));
        assertEquals(List.of(id + " p.1"), hits(corpus, "migrantes country:HND"));
        assertEquals("HND", corpus.documents().stream().filter(record -> record.id().equals(id)).findFirst()
                .orElseThrow().metadata().country());
    }

    @Test
    void theSameBytesAtAnotherPathAreLeftOutNamingTheImportedFile() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copies")).resolve("copia.pdf");
        Files.copy(plans.resolve(PDF), copy);

        ImportReport again = importFiles(corpus, copy);

        assertEquals(List.of(FileOutcome.leftOut(copy.toString(), "same content as " + plans.resolve(PDF)
                + " (document " + ids(corpus).get(PDF) + "), already in the corpus; if the file moved, remove"
                + " the old document first.")), again.files());
        assertEquals(5, corpus.documents().size());
    }

    @Test
    void twoCopiesInOneImportKeepTheFirstAndNameIt() throws Exception {
        Path copies = Files.createDirectories(dir.resolve("copies"));
        Files.writeString(copies.resolve("a.md"), "# Acta\n\nLa comisión aprobó el presupuesto.\n");
        Files.copy(copies.resolve("a.md"), copies.resolve("b.md"));

        ImportReport again = importFiles(corpus, copies);

        String first = ids(corpus).get("a.md");
        assertEquals(Map.of("a.md", Kind.IMPORTED, "b.md", Kind.LEFT_OUT), CorpusFixtures.kinds(again));
        assertEquals("same content as " + copies.resolve("a.md") + " (document " + first + "), already in the"
                + " corpus; if the file moved, remove the old document first.", outcome(again, "b.md").reason());
    }

    /** Which copy is imported follows path order, not thread timing: the same on every run. */
    @Test
    void withSeveralThreadsTheFirstCopyInPathOrderIsAlwaysTheOneImported() throws Exception {
        Path copies = Files.createDirectories(dir.resolve("copies"));
        for (String name : List.of("a.md", "b.md", "c.md", "d.md")) {
            Files.writeString(copies.resolve(name), "# Acta\n\nLa comisión aprobó el presupuesto.\n");
        }
        ImportReport again = corpus.importFiles(List.of(copies), ImportOptions.defaults().withThreads(4),
                ImportListener.NONE);
        assertEquals(Map.of("a.md", Kind.IMPORTED, "b.md", Kind.LEFT_OUT, "c.md", Kind.LEFT_OUT, "d.md",
                Kind.LEFT_OUT), CorpusFixtures.kinds(again));
    }

    @Test
    void aTextFileBesideAPdfOfTheSameNameIsLeftOut() throws Exception {
        Path text = Files.writeString(plans.resolve("plan-nacional.txt"), "Texto del plan sacado con pdftotext.\n");

        ImportReport again = importFiles(corpus, plans);

        assertEquals(FileOutcome.leftOut(text.toString(), "plain-text copy of plan-nacional.pdf, which is imported"
                + " instead."), outcome(again, "plan-nacional.txt"));
        assertEquals(List.of(outcome(again, "plan-nacional.txt")), again.leftOut());
        assertEquals(5, again.count(Kind.UNCHANGED));
        assertEquals(List.of(), hits(corpus, "pdftotext"));
    }
}
