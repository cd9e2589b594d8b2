package org.enlace.corpus.internal.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.enlace.corpus.FileOutcome;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportInputsTest {

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void reset() {
        Messages.setLocale(null);
    }

    @Test
    void foldersAreWalkedAndEveryFileLeftOutHasAReason(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve(".enlace/documents"));
        for (String name : List.of("plan.pdf", "plan.txt", "notes.txt", "sub/programa.md", "sub/foto.png",
                ".hidden.pdf", ".enlace/documents/x.txt", "plan.pdf.meta.properties", "enlace-meta.properties")) {
            Files.writeString(dir.resolve(name), "x");
        }
        ImportInputs inputs = ImportInputs.of(List.of(dir, dir.resolve("missing.pdf")));
        assertEquals(List.of(dir.resolve("notes.txt"), dir.resolve("plan.pdf"), dir.resolve("sub/programa.md")),
                inputs.files());
        assertEquals(List.of(
                FileOutcome.skipped(dir.resolve("missing.pdf").toString(), "not found; check the path."),
                FileOutcome.leftOut(dir.resolve("plan.txt").toString(),
                        "plain-text copy of plan.pdf, which is imported instead."),
                FileOutcome.skipped(dir.resolve("sub/foto.png").toString(),
                        "format .png is not supported; Enlace imports PDF, DOCX, HTML, Markdown and plain text.")),
                inputs.skipped());
    }

    @Test
    void aTextFileNamedAloneIsImportedEvenBesideItsPdf(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("plan.pdf"), "x");
        Files.writeString(dir.resolve("plan.txt"), "x");
        assertEquals(List.of(dir.resolve("plan.txt")), ImportInputs.of(List.of(dir.resolve("plan.txt"))).files());
    }
}
