package org.enlace.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.enlace.model.PlanningModel;
import org.enlace.model.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelVersionsTest {

    @TempDir
    Path dir;

    /** From version {@code from} to the next: appends " (v" + (from + 1) + ")" to the title, and counts its runs. */
    private static final class RetitleMigration implements ModelMigration {
        private final int from;
        private final List<Integer> runs;

        RetitleMigration(int from, List<Integer> runs) {
            this.from = from;
            this.runs = runs;
        }

        @Override
        public int fromVersion() {
            return from;
        }

        @Override
        public void migrate(PlanningModel model) {
            runs.add(model.getModelVersion());
            model.setTitle(model.getTitle() + " (v" + (from + 1) + ")");
        }
    }

    @Test
    void aVersion1FileLoadsMigratedToVersion2AndNeedsSaving() throws Exception {
        Path file = dir.resolve("m.enlace");
        new ModelStore().save(TestModels.everyClass(file), file);
        assertTrue(Files.readString(file).contains("modelVersion=\"1\""));
        List<Integer> runs = new ArrayList<>();
        ModelStore store = new ModelStore(new ModelVersions(2, List.of(new RetitleMigration(1, runs))),
                new AtomicFileWriter());

        PlanningModel model = store.load(file);

        assertEquals(2, model.getModelVersion());
        assertEquals("Plan Nacional de Desarrollo e Inversión Pública — migración (v2)", model.getTitle());
        assertTrue(model.eResource().isModified());
        assertEquals(List.of(1), runs, "the migration ran once, on the version 1 model");
    }

    @Test
    void savingTheMigratedModelWritesVersion2AndLoadingItAgainMigratesNothing() throws Exception {
        Path file = dir.resolve("m.enlace");
        new ModelStore().save(TestModels.everyClass(file), file);
        List<Integer> runs = new ArrayList<>();
        ModelStore store = new ModelStore(new ModelVersions(2, List.of(new RetitleMigration(1, runs))),
                new AtomicFileWriter());
        PlanningModel migrated = store.load(file);
        store.save(migrated, file);
        assertFalse(migrated.eResource().isModified());
        assertTrue(Files.readString(file).contains("modelVersion=\"2\""));

        PlanningModel again = store.load(file);

        assertEquals(2, again.getModelVersion());
        assertEquals("Plan Nacional de Desarrollo e Inversión Pública — migración (v2)", again.getTitle());
        assertFalse(again.eResource().isModified());
        assertEquals(List.of(1), runs);
    }

    @Test
    void migrationsChainFromTheFileVersionToTheCurrentOne() throws Exception {
        Path file = dir.resolve("m.enlace");
        new ModelStore().save(TestModels.everyClass(file), file);
        List<Integer> runs = new ArrayList<>();
        ModelVersions versions = new ModelVersions(3,
                List.of(new RetitleMigration(2, runs), new RetitleMigration(1, runs)));

        PlanningModel model = new ModelStore(versions, new AtomicFileWriter()).load(file);

        assertEquals(3, model.getModelVersion());
        assertEquals("Plan Nacional de Desarrollo e Inversión Pública — migración (v2) (v3)", model.getTitle());
        assertEquals(List.of(1, 2), runs, "in version order, whatever the order they were registered in");
    }

    @Test
    void aFileOfAVersionNoMigrationReachesIsRefused() throws Exception {
        Path file = dir.resolve("m.enlace");
        new ModelStore().save(TestModels.everyClass(file), file);
        ModelVersions gap = new ModelVersions(3, List.of(new RetitleMigration(2, new ArrayList<>())));

        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> new ModelStore(gap, new AtomicFileWriter()).load(file));

        assertEquals(LoadProblem.BAD_VALUE, e.problem());
    }

    @Test
    void canUpgradeOnlyFromKnownVersionsUpToTheCurrentOne() {
        ModelVersions versions = new ModelVersions(2, List.of(new RetitleMigration(1, new ArrayList<>())));
        assertEquals(2, versions.current());
        assertFalse(versions.canUpgrade(0));
        assertTrue(versions.canUpgrade(1));
        assertTrue(versions.canUpgrade(2));
        assertFalse(versions.canUpgrade(3));
        assertFalse(versions.canUpgrade(-1));
    }

    @Test
    void theStandardVersionsAreVersion1WithoutMigrations() {
        ModelVersions standard = ModelVersions.standard();
        assertEquals(1, standard.current());
        assertEquals(ModelVersions.CURRENT, standard.current());
        assertTrue(standard.canUpgrade(1));
        assertFalse(standard.canUpgrade(0));
        assertFalse(standard.canUpgrade(2));
    }

    @Test
    void upgradeOfAModelAlreadyAtTheCurrentVersionChangesNothing() throws Exception {
        List<Integer> runs = new ArrayList<>();
        ModelVersions versions = new ModelVersions(2, List.of(new RetitleMigration(1, runs)));
        PlanningModel model = TestModels.everyClass(dir.resolve("m.enlace"));
        model.setModelVersion(2);

        assertFalse(versions.upgrade(model));

        assertEquals(2, model.getModelVersion());
        assertEquals("Plan Nacional de Desarrollo e Inversión Pública — migración", model.getTitle());
        assertEquals(List.of(), runs);
    }

    @Test
    void upgradeRefusesAVersionItCannotReach() {
        ModelVersions versions = new ModelVersions(2, List.of(new RetitleMigration(1, new ArrayList<>())));
        PlanningModel model = TestModels.everyClass(dir.resolve("m.enlace"));
        model.setModelVersion(3);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> versions.upgrade(model));

        assertEquals("No way from model version 3 to 2", e.getMessage());
        assertEquals(3, model.getModelVersion());
    }

    @Test
    void twoMigrationsFromTheSameVersionAreRefused() {
        List<ModelMigration> twice = List.of(new RetitleMigration(1, new ArrayList<>()),
                new RetitleMigration(1, new ArrayList<>()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ModelVersions(2, twice));

        assertEquals("Two migrations from version 1", e.getMessage());
    }

    @Test
    void versionOfNamespaceReadsOnlyEnlaceNamespaces() {
        assertEquals(Optional.of(3), ModelVersions.versionOfNamespace("urn:enlace:model:3"));
        assertEquals(Optional.of(1), ModelVersions.versionOfNamespace("urn:enlace:model:1"));
        assertEquals(Optional.empty(), ModelVersions.versionOfNamespace("urn:x"));
        assertEquals(Optional.empty(), ModelVersions.versionOfNamespace("urn:enlace:model:"));
        assertEquals(Optional.empty(), ModelVersions.versionOfNamespace("urn:enlace:model:2x"));
        assertEquals(Optional.empty(), ModelVersions.versionOfNamespace(null));
    }
}
