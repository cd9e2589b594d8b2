package org.enlace.corpus.internal.importing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.enlace.corpus.FileOutcome;
import org.enlace.corpus.FileOutcome.Kind;
import org.enlace.corpus.ImportListener;
import org.enlace.corpus.ImportProgress;

/** Counters of a running import, updated from every worker thread, and the listener that hears of them. */
final class ImportCounters {

    private final AtomicInteger filesDone = new AtomicInteger();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong passages = new AtomicLong();
    private final AtomicLong characters = new AtomicLong();
    private final int filesTotal;
    private final long started;
    private final ImportListener listener;

    ImportCounters(int filesTotal, long started, ImportListener listener) {
        this.filesTotal = filesTotal;
        this.started = started;
        this.listener = listener;
    }

    /** Counts a finished file (only what was extracted or indexed adds pages) and tells the listener. */
    void done(FileOutcome outcome) {
        int done = filesDone.incrementAndGet();
        if (outcome.kind() == Kind.IMPORTED || outcome.kind() == Kind.REPLACED
                || outcome.kind() == Kind.METADATA_UPDATED) {
            pages.addAndGet(outcome.pages());
            passages.addAndGet(outcome.passages());
            characters.addAndGet(outcome.characters());
        }
        listener.progress(new ImportProgress(done, filesTotal, pages.get(), passages.get(),
                System.nanoTime() - started, outcome.file()));
    }

    long pages() {
        return pages.get();
    }

    long passages() {
        return passages.get();
    }

    long characters() {
        return characters.get();
    }
}
