package org.enlace.corpus;

import java.util.List;

/** What an import did, file by file, and its totals. */
public record ImportReport(List<FileOutcome> files, long pages, long passages, long characters, long elapsedNanos,
        boolean cancelled) {

    public ImportReport {
        files = List.copyOf(files);
    }

    public long count(FileOutcome.Kind kind) {
        return files.stream().filter(file -> file.kind() == kind).count();
    }

    /** Files not imported because something is wrong with them. */
    public List<FileOutcome> skipped() {
        return files.stream().filter(file -> file.kind() == FileOutcome.Kind.SKIPPED).toList();
    }

    /** Copies of imported files, left out on purpose. */
    public List<FileOutcome> leftOut() {
        return files.stream().filter(file -> file.kind() == FileOutcome.Kind.LEFT_OUT).toList();
    }
}
