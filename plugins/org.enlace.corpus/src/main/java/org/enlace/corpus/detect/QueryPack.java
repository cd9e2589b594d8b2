package org.enlace.corpus.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A parsed migration query pack: named, versioned sections of clauses (see the header of
 * {@code migration-pack.txt} for the format). Analysts' packs are added to the built-in one.
 */
public record QueryPack(String name, String version, List<PackSection> sections) {

    /** The resource of the pack shipped with Enlace. */
    public static final String BUILT_IN = "migration-pack.txt";
    /** Where a corpus folder keeps its analysts' own packs. */
    public static final String FOLDER = ".enlace/packs";

    public QueryPack {
        sections = List.copyOf(sections);
    }

    /** The pack shipped in this bundle. */
    public static QueryPack builtIn() {
        try (InputStream in = QueryPack.class.getResourceAsStream(BUILT_IN)) {
            return PackParser.parse(BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in query pack", e);
        } catch (PackException e) {
            // A shipped pack that does not parse is a build error; its test says which line.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** An analyst's pack file. */
    public static QueryPack read(Path file) throws IOException, PackException {
        return PackParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The {@code *.txt} packs of {@code .enlace/packs} in a corpus folder, by file name; none if absent. */
    public static List<QueryPack> readFolder(Path corpusRoot) throws IOException, PackException {
        Path folder = corpusRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<QueryPack> packs = new ArrayList<>();
        for (Path file : files) {
            packs.add(read(file));
        }
        return packs;
    }

    /** This pack with the sections of {@code other} after its own; the name and version stay this pack's. */
    public QueryPack plus(QueryPack other) {
        List<PackSection> all = new ArrayList<>(sections);
        all.addAll(other.sections());
        return new QueryPack(name, version, all);
    }
}
