package org.enlace.corpus.extract;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats Enlace imports, recognised by file name extension. */
public enum DocumentFormat {
    PDF("pdf"),
    DOCX("docx"),
    HTML("html", "htm", "xhtml"),
    MARKDOWN("md", "markdown"),
    TEXT("txt", "text");

    private final String[] extensions;

    DocumentFormat(String... extensions) {
        this.extensions = extensions;
    }

    public static Optional<DocumentFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        for (DocumentFormat format : values()) {
            for (String candidate : format.extensions) {
                if (candidate.equals(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
