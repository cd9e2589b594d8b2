package org.enlace.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the assembled distribution the way a user does: bin/enlace from target/enlace. */
class DistributionIT {

    private static final Path HOME = Path.of(System.getProperty("enlace.home", "target/enlace"));

    record Result(int exit, String out, String err) {
    }

    private static Result enlace(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/enlace").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("ENLACE_LANG", "en");
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    @Test
    void theLauncherFindsJavaAndPrintsTheCatalogueCounts() throws Exception {
        Result result = enlace("catalog", "sdg", "--counts");
        assertEquals(0, result.exit(), result.err());
        assertEquals("goals 17 targets 169 indicators 231\n", result.out());
    }

    @Test
    void theShippedExampleValidatesAndIsCanonical() throws Exception {
        Path example = HOME.resolve("examples/colombia-pnd-2022-2026.enlace");
        assertEquals(0, enlace("validate", example.toString()).exit());
        assertEquals(0, enlace("format", "--check", example.toString()).exit());
    }

    @Test
    void aCorruptedCopyExitsWithTwoAndAOneLineReason(@TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(HOME.resolve("examples/colombia-pnd-2022-2026.enlace"));
        Path broken = Files.write(dir.resolve("broken.enlace"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Result result = enlace("validate", broken.toString());
        assertEquals(2, result.exit());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith(broken + ":"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void everyEnlaceJarIsAnOsgiBundleNamedAfterItsModule() throws Exception {
        for (String module : List.of("org.enlace.model", "org.enlace.cli")) {
            Path jar = HOME.resolve("lib/" + module + "-0.1.0-SNAPSHOT.jar");
            try (JarFile file = new JarFile(jar.toFile())) {
                Attributes manifest = file.getManifest().getMainAttributes();
                assertEquals(module, manifest.getValue("Bundle-SymbolicName"));
                assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
                String exports = manifest.getValue("Export-Package");
                assertTrue(exports.startsWith(module), exports);
                assertFalse(exports.contains(".internal"), exports);
            }
        }
    }

    @Test
    void theWindowsLauncherShipsWithDosLineEnds() throws Exception {
        String bat = Files.readString(HOME.resolve("bin/enlace.bat"));
        assertTrue(bat.contains("\r\n"));
        assertTrue(Files.isExecutable(HOME.resolve("bin/enlace")));
    }
}
