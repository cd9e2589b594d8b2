package org.enlace.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.enlace.model.SdgCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCatalogsTest {

    private static final Path MODEL_BUNDLE =
            Path.of(System.getProperty("enlace.repository", "../.."), "plugins", "org.enlace.model");
    private static final Path SOURCES = MODEL_BUNDLE.resolve("catalog-source");

    @Test
    void committedCatalogsEqualAFreshGeneration() throws IOException {
        Map<String, byte[]> generated = GenerateCatalogs.generate(SOURCES);
        assertEquals(List.of("catalog/sdg.xmi", "catalog/gcm.xmi", "catalog/actions.xmi"), List.copyOf(generated.keySet()));
        assertEquals(List.of(), GenerateCatalogs.stale(MODEL_BUNDLE, generated),
                "catalogues are stale: run mvn -pl releng/org.enlace.catalogs -am -Pregenerate compile");
    }

    @Test
    void repeatedIndicatorsBecomeOneObjectWithAliases() throws IOException {
        SdgCatalog catalog = new SdgCatalogBuilder(SOURCES).build();
        assertEquals(231, catalog.getIndicators().size());
        var disasterDeaths = catalog.getIndicators().stream().filter(i -> i.getId().equals("1.5.1")).findFirst().orElseThrow();
        assertEquals(List.of("11.5.1", "13.1.1"), List.copyOf(disasterDeaths.getAliases()));
        assertEquals(List.of("1.5", "11.5", "13.1"),
                disasterDeaths.getTargets().stream().map(t -> t.getId()).toList());
    }

    @Test
    void anUnknownTargetInTheRelevanceCurationIsRefusedByName(@TempDir Path dir) throws IOException {
        for (String file : List.of("sdg-en.csv", "sdg-es.csv", "sdg-fr.csv", "sdg-goal-short-names.csv",
                "sdg-indicator-meta.csv")) {
            Files.copy(SOURCES.resolve(file), dir.resolve(file));
        }
        Files.writeString(dir.resolve("sdg-migration-relevance.csv"), "code,relevance,source\n10.99,direct,x\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SdgCatalogBuilder(dir).build());
        assertEquals("Catalogue sources are inconsistent: no target 10.99 in sdg-migration-relevance.csv",
                error.getMessage());
    }
}
