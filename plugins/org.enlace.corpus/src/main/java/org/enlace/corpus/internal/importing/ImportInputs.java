package org.enlace.corpus.internal.importing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.enlace.corpus.FileOutcome;
import org.enlace.corpus.extract.DocumentFormat;

/**
 * The files an import works on, from the files and folders the user named: folders are walked
 * (hidden entries, the corpus's own {@code .enlace} folder and sidecar files left out), and every
 * file not taken gets a reason. A {@code .txt} beside a PDF, DOCX or HTML file of the same name is
 * taken as a plain-text copy of it (as pdftotext makes) and left out, so passages are not doubled.
 */
public final class ImportInputs {

    private static final String[] ORIGINAL_EXTENSIONS = {"pdf", "docx", "html", "htm"};

    private final List<Path> files = new ArrayList<>();
    private final List<FileOutcome> skipped = new ArrayList<>();

    public static ImportInputs of(List<Path> inputs) throws IOException {
        ImportInputs result = new ImportInputs();
        TreeSet<Path> found = new TreeSet<>();
        for (Path input : inputs) {
            Path path = input.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                result.walk(path, found);
            } else if (Files.isRegularFile(path)) {
                found.add(path);
            } else {
                result.skip(input, CorpusTexts.get("import.notFound"));
            }
        }
        for (Path file : found) {
            result.take(file, found);
        }
        return result;
    }

    public List<Path> files() {
        return files;
    }

    public List<FileOutcome> skipped() {
        return skipped;
    }

    private void walk(Path folder, TreeSet<Path> found) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !hidden(file) && !Sidecars.isSidecar(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skip(file, CorpusTexts.get("import.unreadable", e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void take(Path file, TreeSet<Path> found) {
        Optional<DocumentFormat> format = DocumentFormat.of(file);
        if (format.isEmpty()) {
            skip(file, CorpusTexts.get("import.unsupported", extension(file)));
            return;
        }
        if (format.get() == DocumentFormat.TEXT) {
            Optional<Path> original = originalOf(file, found);
            if (original.isPresent()) {
                skipped.add(FileOutcome.leftOut(file.toString(),
                        CorpusTexts.get("import.textCopy", original.get().getFileName())));
                return;
            }
        }
        files.add(file);
    }

    private static Optional<Path> originalOf(Path textFile, TreeSet<Path> found) {
        String name = textFile.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        for (String extension : ORIGINAL_EXTENSIONS) {
            for (Path candidate : List.of(textFile.resolveSibling(stem + "." + extension),
                    textFile.resolveSibling(stem + "." + extension.toUpperCase(Locale.ROOT)))) {
                if (found.contains(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private void skip(Path file, String reason) {
        skipped.add(FileOutcome.skipped(file.toString(), reason));
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "(" + name + ")" : name.substring(dot);
    }
}
