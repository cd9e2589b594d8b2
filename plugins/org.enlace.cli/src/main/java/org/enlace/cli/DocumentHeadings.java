package org.enlace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.enlace.corpus.detect.Headings;
import org.enlace.corpus.detect.LabelledPassage;

/**
 * The heading of a labelled passage, read from its {@code doc} file under a root folder when that
 * file exists and is text; otherwise none, since the text column alone is always enough to score.
 */
final class DocumentHeadings {

    private final Path root;
    private final Map<String, String> documents = new HashMap<>();
    private int found;

    DocumentHeadings(Path root) {
        this.root = root;
    }

    String of(LabelledPassage passage) {
        if (root == null || passage.doc().isEmpty()) {
            return "";
        }
        String document = documents.computeIfAbsent(passage.doc(), this::read);
        String heading = Headings.before(document, passage.text());
        if (!heading.isEmpty()) {
            found++;
        }
        return heading;
    }

    /** How many passages got a heading. */
    int found() {
        return found;
    }

    private String read(String doc) {
        Path file = root.resolve(doc);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            // Context is optional: an unreadable or non-UTF-8 file scores without a heading.
            return "";
        }
    }
}
