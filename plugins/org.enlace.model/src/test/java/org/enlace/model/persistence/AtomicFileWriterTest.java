package org.enlace.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void newFileGetsTheUsersDefaultPermissionsNotOwnerOnly() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path written = dir.resolve("plan.enlace");
        new AtomicFileWriter().write(written, "a".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(written));
        assertEquals("a", Files.readString(written));
    }

    @Test
    void replacedFileKeepsItsPermissionsAndLeavesNoTemporaryFile() throws IOException {
        Path written = Files.writeString(dir.resolve("plan.enlace"), "old");
        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFileWriter.withoutBackup().write(written, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        assertEquals("new", Files.readString(written));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(written), files.toList());
        }
    }
}
