package org.enlace.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files the generator owns in a bundle: the genmodel and everything under src-gen.
 * Compares two bundles' generated files and copies them from one bundle to another.
 */
final class GeneratedTree {

    private GeneratedTree() {
    }

    /** Relative paths of every generated file in {@code bundleDir}, sorted. */
    static TreeSet<String> files(Path bundleDir) {
        TreeSet<String> files = new TreeSet<>();
        if (Files.isRegularFile(bundleDir.resolve(ModelCodeGenerator.GENMODEL))) {
            files.add(ModelCodeGenerator.GENMODEL);
        }
        Path srcGen = bundleDir.resolve(ModelCodeGenerator.SRC_GEN);
        if (Files.isDirectory(srcGen)) {
            try (Stream<Path> walk = Files.walk(srcGen)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> bundleDir.relativize(p).toString().replace('\\', '/'))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Human-readable differences between the generated files of two bundles; empty when equal. */
    static List<String> differences(Path expected, Path actual) {
        TreeSet<String> expectedFiles = files(expected);
        TreeSet<String> actualFiles = files(actual);
        List<String> differences = new ArrayList<>();
        for (String file : expectedFiles) {
            if (!actualFiles.contains(file)) {
                differences.add("missing: " + file);
            } else if (!Arrays.equals(read(expected.resolve(file)), read(actual.resolve(file)))) {
                differences.add("differs: " + file);
            }
        }
        for (String file : actualFiles) {
            if (!expectedFiles.contains(file)) {
                differences.add("not generated: " + file);
            }
        }
        return differences;
    }

    /** Makes the generated files of {@code target} exactly those of {@code source}. */
    static void replace(Path source, Path target) throws IOException {
        for (String file : files(target)) {
            Files.delete(target.resolve(file));
        }
        for (String file : files(source)) {
            Path destination = target.resolve(file);
            Files.createDirectories(destination.getParent());
            Files.copy(source.resolve(file), destination);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
