package org.enlace.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash, a full disk or a failing write never leaves it half-written:
 * the new content goes to a temporary file beside it, is flushed to the disk, and is then renamed
 * over the target. The previous version is kept as {@code NAME.bak}.
 */
public final class AtomicFileWriter {

    /** Opens the stream the temporary file is written through; replaceable to simulate failures. */
    @FunctionalInterface
    public interface StreamOpener {
        OutputStream open(FileChannel channel) throws IOException;
    }

    private static final String BACKUP_SUFFIX = ".bak";

    private final StreamOpener opener;
    private final boolean keepsBackup;

    public AtomicFileWriter() {
        this(channel -> Channels.newOutputStream(channel));
    }

    public AtomicFileWriter(StreamOpener opener) {
        this(opener, true);
    }

    private AtomicFileWriter(StreamOpener opener, boolean keepsBackup) {
        this.opener = opener;
        this.keepsBackup = keepsBackup;
    }

    /** A writer that replaces files just as atomically but keeps no {@code .bak} (for data Enlace can rebuild). */
    public static AtomicFileWriter withoutBackup() {
        return new AtomicFileWriter(channel -> Channels.newOutputStream(channel), false);
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    public void write(Path target, byte[] content) throws IOException {
        Path file = target.toAbsolutePath();
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = opener.open(channel)) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            if (keepsBackup && Files.exists(file)) {
                keepBackup(file);
            }
            move(temporary, file);
            syncDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void keepBackup(Path file) throws IOException {
        Path backup = backupOf(file);
        Path temporaryBackup = Files.createTempFile(file.getParent(), "." + backup.getFileName(), ".tmp");
        try {
            Files.copy(file, temporaryBackup, StandardCopyOption.REPLACE_EXISTING);
            move(temporaryBackup, backup);
        } finally {
            Files.deleteIfExists(temporaryBackup);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, which is fine. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open directories; the rename is still atomic there.
        }
    }
}
