package org.enlace.corpus;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.enlace.corpus.extract.Cancellation;

/** An import running in the background: its latest progress, a way to stop it, and its report. */
public final class ImportJob {

    private final Cancellation cancellation;
    private final CompletableFuture<ImportReport> report;
    private final AtomicReference<ImportProgress> latest;

    ImportJob(Cancellation cancellation, CompletableFuture<ImportReport> report,
            AtomicReference<ImportProgress> latest) {
        this.cancellation = cancellation;
        this.report = report;
        this.latest = latest;
    }

    /**
     * Stops the import: files not started are skipped, files under way stop at their next page;
     * what was finished stays imported.
     */
    public void cancel() {
        cancellation.cancel();
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    /** The progress last reported, or null before the first file is done. */
    public ImportProgress progress() {
        return latest.get();
    }

    /** Completes with the report, or exceptionally when the corpus itself failed (disk full, ...). */
    public CompletableFuture<ImportReport> report() {
        return report;
    }
}
