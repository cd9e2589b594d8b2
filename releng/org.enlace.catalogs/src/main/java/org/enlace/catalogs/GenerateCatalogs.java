package org.enlace.catalogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.enlace.model.catalog.Catalogs;
import org.enlace.model.persistence.ModelStore;

/**
 * Generates {@code catalog/sdg.xmi}, {@code gcm.xmi} and {@code actions.xmi} of the model bundle from
 * {@code catalog-source/}.
 * <pre>
 *   GenerateCatalogs --write plugins/org.enlace.model
 *   GenerateCatalogs --check plugins/org.enlace.model   exit 1 when a committed catalogue is stale
 * </pre>
 */
public final class GenerateCatalogs {

    private GenerateCatalogs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("--write") || args[0].equals("--check"))) {
            System.err.println("usage: GenerateCatalogs --write|--check BUNDLE_DIR");
            System.exit(2);
        }
        Path bundle = Path.of(args[1]);
        Map<String, byte[]> generated = generate(bundle.resolve("catalog-source"));
        List<String> stale = stale(bundle, generated);
        if (args[0].equals("--check")) {
            stale.forEach(file -> System.out.println("stale: " + file));
            System.exit(stale.isEmpty() ? 0 : 1);
        }
        for (String file : stale) {
            Files.write(bundle.resolve(file), generated.get(file));
        }
        System.out.println(stale.isEmpty() ? "Catalogues were already up to date." : "Regenerated " + stale);
    }

    /** The catalogue files, by path within the bundle, as their canonical bytes. */
    static Map<String, byte[]> generate(Path sources) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(path(Catalogs.SDG), ModelStore.serialize(new SdgCatalogBuilder(sources).build(), Catalogs.SDG));
        files.put(path(Catalogs.GCM), ModelStore.serialize(new GcmCatalogBuilder(sources).build(), Catalogs.GCM));
        files.put(path(Catalogs.ACTIONS),
                ModelStore.serialize(new ActionFrameworkBuilder(sources).build(), Catalogs.ACTIONS));
        return files;
    }

    static List<String> stale(Path bundle, Map<String, byte[]> generated) throws IOException {
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            Path committed = bundle.resolve(file.getKey());
            if (!Files.exists(committed) || !Arrays.equals(Files.readAllBytes(committed), file.getValue())) {
                stale.add(file.getKey());
            }
        }
        return stale;
    }

    private static String path(URI catalogUri) {
        return "catalog/" + catalogUri.lastSegment();
    }
}
