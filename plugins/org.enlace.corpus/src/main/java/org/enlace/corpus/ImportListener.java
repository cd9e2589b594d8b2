package org.enlace.corpus;

/** Hears about a running import; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ImportListener {

    ImportListener NONE = progress -> {
    };

    void progress(ImportProgress progress);
}
