package org.enlace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EnlaceCliTest {

    static final Path EXAMPLE = Path.of(System.getProperty("enlace.repository", "../.."),
            "examples", "colombia-pnd-2022-2026.enlace");

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRunner cli = new CliRunner();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void catalogCountsAreThoseOfTheSdgFramework() {
        assertEquals(0, run("catalog", "sdg", "--counts"));
        assertEquals("goals 17 targets 169 indicators 231\n", out.toString());
    }

    @Test
    void catalogGrepIgnoresAccentsAndListsInTheChosenLanguage() {
        assertEquals(0, run("catalog", "sdg", "--grep", "MIGRACION", "--lang", "es", "--counts"));
        assertEquals("goals 0 targets 1 indicators 2\n", out.toString());
        assertEquals(0, run("catalog", "sdg", "--grep", "10.7.2", "--lang", "es"));
        assertTrue(out.toString().startsWith("indicator\t10.7.2\tNúmero de países"), out.toString());
    }

    @Test
    void catalogMigrationListsTheCuratedTargetsOnly() {
        assertEquals(0, run("catalog", "sdg", "--migration", "--counts"));
        assertEquals("goals 0 targets 12 indicators 23\n", out.toString());
        assertEquals(0, run("catalog", "sdg", "--migration"));
        assertTrue(out.toString().contains("target\t10.7\t"));
        assertTrue(!out.toString().contains("target\t15.7\t"), "wildlife trafficking is not migration");
    }

    @Test
    void gcmAndActionsCatalogues() {
        assertEquals(0, run("catalog", "gcm"));
        assertEquals(23, out.toString().lines().count());
        assertEquals(0, run("catalog", "actions", "--lang", "es"));
        assertEquals(25, out.toString().lines().count());
        assertTrue(out.toString().contains("line\t1\tFortalecimiento de capacidades institucionales"));
    }

    @Test
    void newThenInfoThenValidate() throws Exception {
        Path file = dir.resolve("cri.enlace");
        assertEquals(0, run("new", file.toString(), "--country", "cri", "--title", "Plan de Costa Rica"));
        assertEquals(0, run("info", file.toString()));
        assertEquals("Model: Plan de Costa Rica (country CRI, language es, model version 1)\n", out.toString());
        assertEquals(0, run("validate", file.toString()));
        assertEquals(file + ": no problems.\n", out.toString());
        assertEquals(2, run("new", file.toString(), "--country", "CRI", "--title", "otra vez"));
        assertEquals(file + " already exists. Choose another name or add --force.\n", err.toString());
    }

    @Test
    void theExampleValidatesCleanAndIsCanonical() {
        assertEquals(0, run("validate", EXAMPLE.toString()), out + "" + err);
        assertEquals(0, run("format", "--check", EXAMPLE.toString()), out + "" + err);
        assertEquals("", out.toString());
    }

    @Test
    void aCorruptedCopyExitsWithTwoAndOneLine() throws Exception {
        String text = Files.readString(EXAMPLE);
        Path broken = Files.writeString(dir.resolve("broken.enlace"), text.substring(0, text.length() / 3));
        assertEquals(2, run("validate", broken.toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith(broken + ":"), err.toString());
        assertTrue(err.toString().contains("the file ends too early"), err.toString());
    }

    @Test
    void validationProblemsExitWithOne() throws Exception {
        String text = Files.readString(EXAMPLE).replace("country=\"COL\"", "country=\"XX\"");
        Path file = Files.writeString(dir.resolve("bad.enlace"), text);
        assertEquals(1, run("validate", file.toString()));
        assertTrue(out.toString().contains(": error: PlanningModel"), out.toString());
        assertTrue(out.toString().contains("'XX' is not an ISO 3166-1 alpha-3 country code"), out.toString());
    }

    @Test
    void formatCheckNamesFilesNotInCanonicalFormAndFormatRewritesThem() throws Exception {
        String canonical = Files.readString(EXAMPLE);
        Path file = Files.writeString(dir.resolve("messy.enlace"), canonical.replace("\n  <", "\n      <"));
        assertEquals(1, run("format", "--check", file.toString()));
        assertEquals(file + ": not in canonical form (run: enlace format " + file + ")\n", out.toString());
        assertEquals(0, run("format", file.toString()));
        assertArrayEquals(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals(0, run("format", "--check", file.toString()));
    }

    @Test
    void spanishUsersGetSpanishMessages() throws Exception {
        Messages.setLocale(Locale.forLanguageTag("es"));
        Path file = dir.resolve("nuevo.enlace");
        assertEquals(0, run("new", file.toString(), "--country", "GTM", "--title", "Plan"));
        assertEquals("Creado " + file + "\n", out.toString());
    }
}
