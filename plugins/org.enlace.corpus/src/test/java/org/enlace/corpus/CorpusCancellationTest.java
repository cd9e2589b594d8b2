package org.enlace.corpus;

import static org.enlace.corpus.CorpusFixtures.TEXT;
import static org.enlace.corpus.CorpusFixtures.hits;
import static org.enlace.corpus.CorpusFixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.enlace.corpus.FileOutcome.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping an import: what was finished stays imported, the rest is skipped with the reason. */
class CorpusCancellationTest {

    private static final String CANCELLED = "The import was stopped before this file was read. Import it again when"
            + " you are ready.";

    @TempDir
    Path dir;

    private Path plans;
    private Path folder;

    @BeforeEach
    void writePlans() throws Exception {
        plans = CorpusFixtures.plans(dir);
        folder = dir.resolve("corpus");
    }

    /** Imports on one thread and cancels from the listener once {@code filesDone} files are done. */
    private ImportReport importCancellingAfter(List<Path> inputs, int filesDone) throws Exception {
        try (Corpus corpus = Corpus.open(folder, true)) {
            CompletableFuture<ImportJob> job = new CompletableFuture<>();
            ImportJob started = corpus.startImport(inputs, CorpusFixtures.oneThread(), progress -> {
                if (progress.filesDone() == filesDone) {
                    job.join().cancel();
                }
            });
            job.complete(started);
            ImportReport report = started.report().get(60, TimeUnit.SECONDS);
            assertTrue(started.isCancelled());
            assertEquals(report.files().size(), started.progress().filesDone());
            return report;
        }
    }

    @Test
    void filesFinishedBeforeTheCancelStayImported() throws Exception {
        ImportReport report = importCancellingAfter(List.of(plans), 1);

        assertTrue(report.cancelled());
        assertEquals(Kind.IMPORTED, report.files().get(0).kind());
        assertEquals(CorpusFixtures.NAMES.subList(1, 5), report.skipped().stream()
                .map(file -> Path.of(file.file()).getFileName().toString()).toList());
        assertTrue(report.skipped().stream().allMatch(file -> file.reason().equals(CANCELLED)), report.toString());
        try (Corpus corpus = Corpus.open(folder, false)) {
            assertEquals(List.of(), corpus.notices());
            assertEquals(List.of(TEXT), List.copyOf(ids(corpus).keySet()));
            assertEquals(List.of(ids(corpus).get(TEXT) + " p.1"), hits(corpus, "asistentes"));

            ImportReport resumed = CorpusFixtures.importFiles(corpus, plans);
            assertEquals(1, resumed.count(Kind.UNCHANGED));
            assertEquals(4, resumed.count(Kind.IMPORTED));
        }
    }

    @Test
    void aCancelBeforeAnyFileIsReadSkipsThemAll() throws Exception {
        // The missing input is reported before any file is read: cancelling then stops the import at its start.
        Path missing = dir.resolve("no-such-plan.pdf");

        ImportReport report = importCancellingAfter(List.of(missing, plans), 1);

        assertTrue(report.cancelled());
        assertEquals(FileOutcome.skipped(missing.toString(), "not found; check the path."), report.files().get(0));
        assertEquals(6, report.skipped().size());
        assertEquals(5, report.files().stream().filter(file -> file.reason().equals(CANCELLED)).count());
        try (Corpus corpus = Corpus.open(folder, false)) {
            assertEquals(List.of(), corpus.documents());
            assertEquals(List.of(), hits(corpus, "asistentes"));
        }
    }
}
