package org.enlace.corpus;

import static org.enlace.corpus.CorpusFixtures.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One writer at a time: a second opening of a corpus, in this process or another, may only search. */
class CorpusLockTest extends ImportedPlans {

    private Process other;

    private Path folder() {
        return dir.resolve("corpus");
    }

    private String locked() {
        return "another Enlace process is writing to the corpus " + folder() + "; try again when it has finished.";
    }

    @Test
    void aSecondOpeningIsReadOnlyAndStillSearches() throws Exception {
        try (Corpus second = Corpus.open(folder(), false)) {
            assertTrue(second.isReadOnly());
            assertFalse(corpus.isReadOnly());
            assertEquals(List.of("another Enlace process is writing to the corpus " + folder()
                    + "; it is open read-only (search works, import and remove do not)."), second.notices());
            assertEquals(hits(corpus, "migrantes"), hits(second, "migrantes"));
            assertEquals(corpus.documents(), second.documents());
        }
    }

    @Test
    void aReadOnlyCorpusRefusesToChange() throws Exception {
        try (Corpus second = Corpus.open(folder(), false)) {
            List<Path> inputs = List.of(plans);
            String id = corpus.documents().get(0).id();

            assertEquals(locked(), assertThrows(CorpusException.class,
                    () -> second.importFiles(inputs, ImportOptions.defaults(), ImportListener.NONE)).getMessage());
            assertEquals(locked(), assertThrows(CorpusException.class, () -> second.remove(List.of(id))).getMessage());
            // Even with nothing to remove: the user must learn that the corpus is busy, not that all is well.
            assertEquals(locked(), assertThrows(CorpusException.class, second::removeMissing).getMessage());
        }
        assertEquals(5, corpus.documents().size());
    }

    @Test
    void theRefusalIsInTheUsersLanguage() throws Exception {
        Messages.setLocale(Locale.forLanguageTag("es"));
        try (Corpus second = Corpus.open(folder(), false)) {
            assertEquals("otro proceso de Enlace está escribiendo en el corpus " + folder()
                    + "; vuelva a intentarlo cuando termine.", assertThrows(CorpusException.class,
                            () -> second.remove(List.of("x"))).getMessage());
        } finally {
            Messages.setLocale(null);
        }
    }

    @Test
    void onceTheWriterClosesTheNextOpeningMayWrite() throws Exception {
        corpus.close();
        corpus = Corpus.open(folder(), false);

        assertFalse(corpus.isReadOnly());
        assertEquals(List.of(), corpus.notices());
        assertEquals(1, corpus.remove(List.of(corpus.documents().get(0).id())).size());
    }

    /** Starts {@link CorpusHolder} on the corpus and returns the first thing it says: "writing" or "read-only". */
    private String startAnotherProcess() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        other = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CorpusHolder.class.getName(), folder().toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    @AfterEach
    void stopTheOtherProcess() throws Exception {
        if (other != null) {
            other.getOutputStream().close();
            boolean ended = other.waitFor(60, TimeUnit.SECONDS);
            other.destroy();
            assertTrue(ended, "the other process ends when its input closes");
        }
    }

    @Test
    void anotherProcessGetsTheCorpusReadOnly() throws Exception {
        assertEquals("read-only", startAnotherProcess());
    }

    @Test
    void thisProcessGetsTheCorpusReadOnlyWhileAnotherWrites() throws Exception {
        corpus.close();

        assertEquals("writing", startAnotherProcess());
        corpus = Corpus.open(folder(), false);

        assertTrue(corpus.isReadOnly());
        assertEquals(4, hits(corpus, "migrantes").size());
    }
}
