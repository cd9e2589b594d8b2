package org.enlace.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.enlace.model.PlanningModel;
import org.enlace.model.TestModels;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {

    @TempDir
    Path dir;

    private final ModelStore store = new ModelStore();

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void defaultLocale() {
        Messages.setLocale(null);
    }

    @Test
    void roundTripWithEveryClassGivesAnEqualModelAndIdenticalBytes() throws Exception {
        Path file = dir.resolve("m.enlace");
        PlanningModel original = TestModels.everyClass(file);
        store.save(original, file);
        byte[] first = Files.readAllBytes(file);

        PlanningModel loaded = store.load(file);
        assertTrue(EcoreUtil.equals(original, loaded), "loaded model equals the saved one");
        Path second = dir.resolve("again.enlace");
        store.save(loaded, second);
        assertArrayEquals(first, Files.readAllBytes(second));
    }

    @Test
    void savingTheSameModelTwiceGivesIdenticalBytesAndCatalogueReferencesAreReadable() throws Exception {
        Path file = dir.resolve("m.enlace");
        PlanningModel model = TestModels.everyClass(file);
        store.save(model, file);
        byte[] first = Files.readAllBytes(file);
        store.save(model, file);
        assertArrayEquals(first, Files.readAllBytes(file));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text.substring(0, 60));
        assertTrue(text.contains("href=\"platform:/plugin/org.enlace.model/catalog/sdg.xmi#10.7\""));
        assertTrue(text.contains("modelVersion=\"1\""));
        assertTrue(text.contains("Inversión Pública — migración"), "accents are written as UTF-8, not escaped");
        assertFalse(text.contains("\r"));
    }

    @Test
    void loadingAndSavingAnUnchangedFileKeepsItsBytes() throws Exception {
        Path file = dir.resolve("m.enlace");
        store.save(TestModels.everyClass(file), file);
        byte[] before = Files.readAllBytes(file);
        PlanningModel loaded = store.load(file);
        store.save(loaded, file);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(store.isCanonical(file));
    }

    @Test
    void saveKeepsThePreviousVersionAsBackup() throws Exception {
        Path file = dir.resolve("m.enlace");
        PlanningModel model = TestModels.everyClass(file);
        store.save(model, file);
        byte[] first = Files.readAllBytes(file);
        model.setTitle("Otro título");
        store.save(model, file);
        assertArrayEquals(first, Files.readAllBytes(AtomicFileWriter.backupOf(file)));
        assertTrue(Files.readString(file).contains("Otro título"));
    }

    @Test
    void aFailureHalfwayThroughTheWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("m.enlace");
        PlanningModel model = TestModels.everyClass(file);
        store.save(model, file);
        byte[] before = Files.readAllBytes(file);

        AtomicFileWriter diskFull = new AtomicFileWriter(channel -> new FilterOutputStream(Channels.newOutputStream(channel)) {
            private int written;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                int half = Math.min(length, 100 - written);
                out.write(bytes, offset, Math.max(half, 0));
                written += half;
                throw new IOException("No space left on device");
            }
        });
        model.setTitle("Cambio que no llega al disco");
        ModelStore failing = new ModelStore(ModelVersions.standard(), diskFull);
        ModelSaveException error = assertThrows(ModelSaveException.class, () -> failing.save(model, file));

        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the model file: no temporary or partial file left");
        }
        assertEquals("could not save " + file + ": No space left on device. The file on disk is unchanged.",
                error.getLocalizedMessage());
    }

    @Test
    void anUnwritableDirectoryIsReportedAndNothingIsLost() throws Exception {
        Path file = dir.resolve("m.enlace");
        PlanningModel model = TestModels.everyClass(file);
        Path blocker = dir.resolve("not-a-dir");
        Files.writeString(blocker, "x");
        assertThrows(ModelSaveException.class, () -> store.save(model, blocker.resolve("m.enlace")));
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void firstWriteCreatesTheFileWithoutABackup() throws Exception {
        Path file = dir.resolve("plain.txt");
        int[] opened = {0};
        new AtomicFileWriter(channel -> {
            opened[0]++;
            OutputStream out = Channels.newOutputStream(channel);
            return out;
        }).write(file, "hola".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, opened[0]);
        assertEquals("hola", Files.readString(file));
        assertFalse(Files.exists(AtomicFileWriter.backupOf(file)), "no backup of a file that did not exist");
    }
}
