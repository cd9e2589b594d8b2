package org.enlace.corpus.internal.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.enlace.corpus.DocumentMetadata;
import org.enlace.corpus.MetadataException;
import org.enlace.corpus.MetadataValues;

/**
 * Metadata written next to documents, as UTF-8 properties files: {@code enlace-meta.properties}
 * for every document of its folder, {@code NAME.EXT.meta.properties} for one document (it wins).
 */
public final class Sidecars {

    public static final String FOLDER_FILE = "enlace-meta.properties";
    public static final String FILE_SUFFIX = ".meta.properties";

    private Sidecars() {
    }

    /** True for the sidecar files themselves, which are never imported as documents. */
    public static boolean isSidecar(Path file) {
        String name = file.getFileName().toString();
        return name.equals(FOLDER_FILE) || name.endsWith(FILE_SUFFIX);
    }

    /** The metadata the sidecars give {@code document}; {@link DocumentMetadata#UNKNOWN} when there are none. */
    public static DocumentMetadata read(Path document) throws MetadataException {
        Path folder = document.toAbsolutePath().getParent();
        DocumentMetadata metadata = DocumentMetadata.UNKNOWN;
        Path folderFile = folder.resolve(FOLDER_FILE);
        if (Files.isRegularFile(folderFile)) {
            metadata = metadata.overriddenBy(MetadataValues.parse(load(folderFile), folderFile.toString()));
        }
        Path ownFile = folder.resolve(document.getFileName() + FILE_SUFFIX);
        if (Files.isRegularFile(ownFile)) {
            metadata = metadata.overriddenBy(MetadataValues.parse(load(ownFile), ownFile.toString()));
        }
        return metadata;
    }

    private static Map<String, String> load(Path file) throws MetadataException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new MetadataException(CorpusTexts.get("metadata.unreadable", file, e.getMessage()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key.strip(), properties.getProperty(key));
        }
        return values;
    }
}
