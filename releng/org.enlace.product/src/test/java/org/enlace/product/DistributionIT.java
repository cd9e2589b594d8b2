package org.enlace.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return run(Map.of(), args);
    }

    private static Result run(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/enlace").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("ENLACE_LANG", "en");
        builder.environment().putAll(environment);
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
        for (String module : List.of("org.enlace.model", "org.enlace.diagram", "org.enlace.cli")) {
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

    /** The launcher's lib folder holds the diagram bundle and JGraphX: a diagram is made and drawn headless. */
    @Test
    void theShippedExampleGetsALaidOutDiagramDrawnAsPngAndSvg(@TempDir Path dir) throws Exception {
        assertTrue(Files.exists(HOME.resolve("lib/jgraphx-4.2.2.jar")));
        Path copy = Files.copy(HOME.resolve("examples/colombia-pnd-2022-2026.enlace"), dir.resolve("col.enlace"));
        Result made = enlace("diagram", "new", copy.toString(), "--name", "PND");
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.out().contains(": 22 nodes, 6 edges, hierarchical layout; saved."), made.out());
        Path png = dir.resolve("pnd.png");
        Result drawn = enlace("render", copy.toString(), "--diagram", "PND", "--png", png.toString(), "--scale", "2");
        assertEquals(0, drawn.exit(), drawn.err());
        assertEquals("", drawn.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(drawn.out().contains(String.format(java.util.Locale.ENGLISH, "%,d × %,d pixels", image.getWidth(),
                image.getHeight())), drawn.out());
        Path svg = dir.resolve("pnd.svg");
        assertEquals(0, enlace("render", copy.toString(), "--diagram", "PND", "--svg", svg.toString()).exit());
        assertTrue(Files.readString(svg).startsWith("<?xml"), svg.toString());
    }

    /**
     * A machine whose only Java is too old: the launcher sees a fake Java 17 on the PATH, nothing in
     * the (redirected) install folders, and says in one line what to install.
     */
    @Test
    void withoutJava21TheLauncherSaysWhatToInstall(@TempDir Path dir) throws Exception {
        Path tools = toolsWithFakeJava(Files.createDirectories(dir.resolve("path")), 17);
        Result result = run(isolated(dir, tools, dir.resolve("no-jdks")), "info");
        assertEquals(3, result.exit(), result.err());
        assertEquals("enlace: Java 21 or newer is needed and none was found; install a JDK or JRE 21+ "
                + "(e.g. Eclipse Temurin 21) or set JAVA_HOME to one.\n", result.err());
        assertEquals("", result.out());
    }

    /** A Java 21 in an install folder whose name has a space is found and preferred to an old one. */
    @Test
    void theLauncherFindsJava21InAnInstallFolderWithASpace(@TempDir Path dir) throws Exception {
        Path tools = toolsWithFakeJava(Files.createDirectories(dir.resolve("path")), 17);
        Path jdks = dir.resolve("Program Files");
        toolsWithFakeJava(Files.createDirectories(jdks.resolve("jdk 21/bin")), 21);
        Result result = run(isolated(dir, tools, jdks), "info", "model.enlace");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().startsWith("fake java 21:"), result.out());
        assertTrue(result.out().endsWith("org.enlace.cli.Main info model.enlace\n"), result.out());
    }

    private static Map<String, String> isolated(Path dir, Path path, Path javaDirs) {
        return Map.of("PATH", path.toString(), "HOME", dir.toString(), "JAVA_HOME", "",
                "ENLACE_JAVA_HOME", "", "ENLACE_JAVA_DIRS", javaDirs.toString());
    }

    /** A folder with the few tools the launcher uses and a java that reports the given version. */
    private static Path toolsWithFakeJava(Path bin, int version) throws IOException {
        for (String tool : List.of("dirname", "sed", "head")) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
        }
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -XshowSettings:properties ]; then\n"
                + "  echo '    java.specification.version = " + version + "' >&2; exit 0\n"
                + "fi\n"
                + "echo \"fake java " + version + ": $*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void theWindowsLauncherShipsWithDosLineEnds() throws Exception {
        String bat = Files.readString(HOME.resolve("bin/enlace.bat"));
        assertTrue(bat.contains("\r\n"));
        assertTrue(Files.isExecutable(HOME.resolve("bin/enlace")));
    }
}
