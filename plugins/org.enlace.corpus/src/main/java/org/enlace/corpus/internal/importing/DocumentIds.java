package org.enlace.corpus.internal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Ids and hashes of documents: readable, stable for a file's path, and a digest of its bytes. */
public final class DocumentIds {

    private static final int SLUG_LENGTH = 48;

    private DocumentIds() {
    }

    /** A slug of the file name and six hex digits of its absolute path: {@code pnd-2022-2026-3fa2c1}. */
    public static String idFor(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = MetadataDetector.fold(dot > 0 ? name.substring(0, dot) : name);
        String slug = stem.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        String path = file.toAbsolutePath().normalize().toString();
        String hash = HexFormat.of().formatHex(sha256().digest(path.getBytes(StandardCharsets.UTF_8)));
        return (slug.isEmpty() ? "document" : slug) + "-" + hash.substring(0, 6);
    }

    /** SHA-256 of the file's bytes, hex. */
    public static String contentHash(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).toLowerCase(Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
