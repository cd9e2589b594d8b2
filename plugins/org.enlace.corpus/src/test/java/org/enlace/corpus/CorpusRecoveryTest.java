package org.enlace.corpus;

import static org.enlace.corpus.CorpusFixtures.TEXT;
import static org.enlace.corpus.CorpusFixtures.hits;
import static org.enlace.corpus.CorpusFixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.internal.importing.CorpusImporter;
import org.enlace.corpus.internal.importing.DocumentIds;
import org.enlace.corpus.internal.importing.DocumentStore;
import org.enlace.corpus.internal.index.CorpusIndex;
import org.enlace.corpus.internal.index.PassageSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opening a corpus whose index does not match its document store: another schema version, a
 * damaged index, documents the index lacks or holds in excess. The store is the truth; the index
 * is repaired from it on open.
 */
class CorpusRecoveryTest {

    private static final String REBUILT_ALL = "the index was rebuilt from the stored text of 5 document(s).";

    @TempDir
    Path dir;

    private Path folder;
    private Map<String, String> ids;
    private List<String> migrantes;

    @BeforeEach
    void importPlans() throws Exception {
        folder = CorpusFixtures.importedPlans(dir);
        try (Corpus corpus = Corpus.open(folder, false)) {
            ids = ids(corpus);
            migrantes = hits(corpus, "migrantes");
        }
        assertEquals(4, migrantes.size());
    }

    private Path index() {
        return folder.resolve(".enlace/index-v" + PassageSchema.SCHEMA_VERSION);
    }

    /** Opens the corpus again and checks it says {@code notices} and finds what it found before. */
    private void assertRecovered(List<String> notices) throws Exception {
        try (Corpus corpus = Corpus.open(folder, false)) {
            assertEquals(notices, corpus.notices());
            assertFalse(corpus.isReadOnly());
            assertEquals(migrantes, hits(corpus, "migrantes"));
            assertEquals(ids, ids(corpus));
        }
        // What was repaired stays repaired: the next open finds nothing to do.
        try (Corpus corpus = Corpus.open(folder, false)) {
            assertEquals(List.of(), corpus.notices());
        }
    }

    @Test
    void anIndexOfAnOlderSchemaIsRebuiltFromTheStore() throws Exception {
        Path older = folder.resolve(".enlace/index-v" + (PassageSchema.SCHEMA_VERSION - 1));
        Files.move(index(), older);

        assertRecovered(List.of(REBUILT_ALL));
        assertFalse(Files.exists(older));
        assertTrue(Files.isDirectory(index()));
    }

    @Test
    void aMissingIndexIsRebuiltFromTheStore() throws Exception {
        deleteTree(index());

        assertRecovered(List.of(REBUILT_ALL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"segments_", ".si", ".cfs", ".cfe"})
    void aTruncatedIndexFileIsDetectedAndTheIndexRebuilt(String suffix) throws Exception {
        Path damaged = indexFile(suffix);
        try (var channel = Files.newByteChannel(damaged, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }

        assertRecovered(List.of(REBUILT_ALL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"segments_", ".si", ".cfe"})
    void anOverwrittenIndexFileIsDetectedAndTheIndexRebuilt(String suffix) throws Exception {
        Path damaged = indexFile(suffix);
        byte[] garbage = new byte[(int) Files.size(damaged)];
        Arrays.fill(garbage, (byte) 0x5a);
        Files.write(damaged, garbage);

        assertRecovered(List.of(REBUILT_ALL));
    }

    /**
     * Imports {@code file} and then puts back the index as it was before: as if the process had
     * crashed after the store was written and before the index was committed.
     */
    private void importAndLoseTheIndex(Path file) throws Exception {
        Path before = dir.resolve("index-before");
        copyTree(index(), before);
        try (Corpus corpus = Corpus.open(folder, false)) {
            CorpusFixtures.importFiles(corpus, file);
        }
        deleteTree(index());
        copyTree(before, index());
    }

    @Test
    void aStoredDocumentTheIndexDoesNotHoldIsIndexedOnOpen() throws Exception {
        Path extra = Files.writeString(dir.resolve("plans/acta.md"), "# Acta\n\nLa comisión aprobó el presupuesto.\n");
        importAndLoseTheIndex(extra);
        String id = DocumentIds.idFor(extra);

        try (Corpus corpus = Corpus.open(folder, false)) {
            assertEquals(List.of("the index was rebuilt from the stored text of 1 document(s)."), corpus.notices());
            assertEquals(List.of(id + " p.1"), hits(corpus, "presupuesto"));
            assertEquals(migrantes, hits(corpus, "migrantes"));
        }
    }

    @Test
    void passagesOfADocumentNoLongerStoredAreRemovedOnOpen() throws Exception {
        String id = ids.get(TEXT);
        Files.delete(folder.resolve(".enlace/documents/" + id + ".properties"));
        Files.delete(folder.resolve(".enlace/documents/" + id + ".txt"));

        try (Corpus corpus = Corpus.open(folder, false)) {
            assertEquals(List.of(), corpus.notices());
            assertEquals(List.of(), hits(corpus, "asistentes"));
            assertEquals(4, corpus.documents().size());
            assertEquals(migrantes, hits(corpus, "migrantes"));
        }
    }

    @Test
    void aNewVersionTheIndexDoesNotHoldIsIndexedOnOpen() throws Exception {
        Files.writeString(dir.resolve("plans").resolve(TEXT), "Lista de invitados al taller de planeación.\n");
        importAndLoseTheIndex(dir.resolve("plans").resolve(TEXT));

        try (Corpus corpus = Corpus.open(folder, false)) {
            assertEquals(List.of("the index was rebuilt from the stored text of 1 document(s)."), corpus.notices());
            assertEquals(List.of(), hits(corpus, "asistentes"));
            assertEquals(List.of(ids.get(TEXT) + " p.1"), hits(corpus, "invitados"));
        }
    }

    @Test
    void aStoredRecordWithoutItsTextIsDroppedWithTheOldPassages() throws Exception {
        // The index holds the first version; the store the second, but its text is lost.
        Files.writeString(dir.resolve("plans").resolve(TEXT), "Lista de invitados al taller de planeación.\n");
        importAndLoseTheIndex(dir.resolve("plans").resolve(TEXT));
        Files.delete(folder.resolve(".enlace/documents/" + ids.get(TEXT) + ".txt"));

        try (Corpus corpus = Corpus.open(folder, false)) {
            assertEquals(4, corpus.documents().size());
            assertEquals(List.of(), hits(corpus, "asistentes"));
            assertEquals(List.of(), hits(corpus, "invitados"));
        }
    }

    @Test
    void aCancelledRepairKeepsThePassagesOfTheDocumentsItDidNotReach() throws Exception {
        Path data = folder.resolve(Corpus.DATA_FOLDER);
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        try (CorpusIndex index = CorpusIndex.open(data)) {
            CorpusImporter importer = new CorpusImporter(index, new DocumentStore(data.resolve("documents")));

            assertEquals(0, importer.reindexFromStore(cancelled));
            assertEquals(new TreeSet<>(ids.values()), index.documents().keySet());
        }
        assertRecovered(List.of());
    }

    /** The one file of the index whose name starts with (segments) or ends with {@code part}. */
    private Path indexFile(String part) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(index())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(part) || name.endsWith(part)) {
                    found.add(file);
                }
            }
        }
        assertEquals(1, found.size(), "index files " + part + ": " + found);
        return found.get(0);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
