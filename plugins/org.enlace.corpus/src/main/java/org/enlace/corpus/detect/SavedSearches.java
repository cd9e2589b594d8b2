package org.enlace.corpus.detect;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.enlace.model.persistence.AtomicFileWriter;

/**
 * The saved candidate searches of a corpus, one readable properties file each in
 * {@code CORPUS/.enlace/searches/NAME.properties}, written atomically.
 */
public final class SavedSearches {

    /** Names become file names: letters, digits, dot, dash and underscore only. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");
    private static final String SEEN = "seen.";

    private final Path folder;
    private final AtomicFileWriter writer = AtomicFileWriter.withoutBackup();

    public SavedSearches(Path corpusFolder) {
        this.folder = corpusFolder.resolve(".enlace").resolve("searches");
    }

    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    public Optional<SavedSearch> find(String name) throws IOException {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> seen = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(SEEN)) {
                seen.put(key.substring(SEEN.length()), properties.getProperty(key));
            }
        }
        String packs = properties.getProperty("packs", "");
        return Optional.of(new SavedSearch(name, properties.getProperty("document", ""),
                packs.isEmpty() ? List.of() : List.of(packs.split("\\|")), seen));
    }

    public void save(SavedSearch search) throws IOException {
        if (!isValidName(search.name())) {
            throw new IllegalArgumentException("not a saved-search name: " + search.name());
        }
        Properties properties = new Properties();
        properties.setProperty("document", search.document());
        properties.setProperty("packs", String.join("|", search.packs()));
        search.seen().forEach((id, hash) -> properties.setProperty(SEEN + id, hash));
        StringWriter text = new StringWriter();
        properties.store(text, "Enlace saved candidate search " + search.name());
        writer.write(file(search.name()), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".properties"))
                        .map(name -> name.substring(0, name.length() - ".properties".length())).sorted()
                        .forEach(names::add);
            }
        }
        return names;
    }

    private Path file(String name) {
        return folder.resolve(name + ".properties");
    }
}
