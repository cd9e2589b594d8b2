package org.enlace.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

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
    private static final SecureRandom RANDOM = new SecureRandom();

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
        Path temporary = newTemporaryFile(directory, "." + file.getFileName());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = opener.open(channel)) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(file)) {
                keepPermissions(file, temporary);
                if (keepsBackup) {
                    keepBackup(file);
                }
            }
            move(temporary, file);
            syncDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void keepBackup(Path file) throws IOException {
        Path backup = backupOf(file);
        Path temporaryBackup = newTemporaryFile(file.getParent(), "." + backup.getFileName());
        try {
            Files.copy(file, temporaryBackup, StandardCopyOption.REPLACE_EXISTING);
            move(temporaryBackup, backup);
        } finally {
            Files.deleteIfExists(temporaryBackup);
        }
    }

    /**
     * A new empty file with the permissions any new file of the user gets (the umask), unlike
     * {@link Files#createTempFile}, whose owner-only files would make a shared model or an exported
     * picture unreadable to the rest of a team.
     */
    private static Path newTemporaryFile(Path directory, String prefix) throws IOException {
        while (true) {
            Path candidate = directory.resolve(prefix + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // Another writer took this name; draw another.
            }
        }
    }

    /** A replaced file keeps the permissions its owner gave it. */
    private static void keepPermissions(Path file, Path replacement) throws IOException {
        try {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the replacement has the folder's default access.
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
