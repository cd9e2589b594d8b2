package org.enlace.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.enlace.corpus.ImportProgress;

/**
 * The one-line progress bar of an import on a terminal: files, pages and passages per second,
 * redrawn in place. Off when the output is not a terminal (logs and pipes get only the summary).
 */
final class ProgressLine {

    private static final int WIDTH = 24;
    private static final long REDRAW_EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long lastDrawn;
    private boolean drawn;

    ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    synchronized void show(ImportProgress progress) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        boolean last = progress.filesDone() == progress.filesTotal();
        if (!last && drawn && now - lastDrawn < REDRAW_EVERY_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        err.print("\r" + render(progress) + "\u001b[K");
        err.flush();
    }

    static String render(ImportProgress progress) {
        int total = Math.max(1, progress.filesTotal());
        int filled = (int) ((long) WIDTH * progress.filesDone() / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        return CliText.get("import.progress", bar, progress.filesDone(), progress.filesTotal(),
                String.format(Locale.ROOT, "%.1f", progress.pagesPerSecond()),
                String.format(Locale.ROOT, "%.0f", progress.passagesPerSecond()),
                String.format(Locale.ROOT, "%.0f", progress.seconds()));
    }

    synchronized void finish() {
        if (drawn) {
            err.println();
        }
    }
}
