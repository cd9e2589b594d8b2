package org.enlace.corpus;

/**
 * Where a running import stands.
 *
 * @param filesDone files finished (imported, unchanged or skipped)
 * @param filesTotal files found to import
 * @param pages pages extracted so far
 * @param passages passages indexed so far
 * @param elapsedNanos time since the import started
 * @param lastFile the file finished last, or empty
 */
public record ImportProgress(int filesDone, int filesTotal, long pages, long passages, long elapsedNanos,
        String lastFile) {

    public double seconds() {
        return elapsedNanos / 1e9;
    }

    public double filesPerSecond() {
        return rate(filesDone);
    }

    public double pagesPerSecond() {
        return rate(pages);
    }

    public double passagesPerSecond() {
        return rate(passages);
    }

    private double rate(long count) {
        return elapsedNanos <= 0 ? 0 : count / seconds();
    }
}
