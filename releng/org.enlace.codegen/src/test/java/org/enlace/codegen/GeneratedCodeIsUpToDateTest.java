package org.enlace.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedCodeIsUpToDateTest {

    private static final Path MODEL_BUNDLE =
            Path.of(System.getProperty("enlace.repository", "../.."), "plugins", "org.enlace.model");

    @Test
    void committedSrcGenAndGenmodelEqualAFreshGeneration() throws IOException {
        Path scratch = GenerateModelCode.generateInScratch(MODEL_BUNDLE);
        try {
            List<String> differences = GeneratedTree.differences(scratch, MODEL_BUNDLE);
            assertEquals(List.of(), differences,
                    "src-gen is stale: run mvn -pl releng/org.enlace.codegen -Pregenerate compile");
        } finally {
            GenerateModelCode.deleteTree(scratch);
        }
    }

    @Test
    void generationIsDeterministic() throws IOException {
        Path first = GenerateModelCode.generateInScratch(MODEL_BUNDLE);
        Path second = GenerateModelCode.generateInScratch(MODEL_BUNDLE);
        try {
            assertTrue(GeneratedTree.files(first).size() > 50);
            assertEquals(List.of(), GeneratedTree.differences(first, second));
        } finally {
            GenerateModelCode.deleteTree(first);
            GenerateModelCode.deleteTree(second);
        }
    }

    @Test
    void differencesNameMissingChangedAndExtraFiles(@TempDir Path dir) throws IOException {
        Path expected = dir.resolve("expected");
        Path actual = dir.resolve("actual");
        write(expected.resolve("src-gen/a/A.java"), "a");
        write(expected.resolve("src-gen/a/B.java"), "b");
        write(actual.resolve("src-gen/a/B.java"), "changed");
        write(actual.resolve("src-gen/a/C.java"), "c");
        assertEquals(List.of("missing: src-gen/a/A.java", "differs: src-gen/a/B.java", "not generated: src-gen/a/C.java"),
                GeneratedTree.differences(expected, actual));
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
