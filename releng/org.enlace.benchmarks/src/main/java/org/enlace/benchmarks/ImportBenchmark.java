package org.enlace.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import org.enlace.corpus.Corpus;
import org.enlace.corpus.FileOutcome;
import org.enlace.corpus.ImportListener;
import org.enlace.corpus.ImportOptions;
import org.enlace.corpus.ImportReport;

/** (1) Import and index the real corpus, on one thread and on every core, and say what it took. */
final class ImportBenchmark {

    private final Path data;
    private final Path work;
    private final Report report;

    ImportBenchmark(Path data, Path work, Report report) {
        this.data = data;
        this.work = work;
        this.report = report;
    }

    /** Returns the corpus imported with every core, which the later benchmarks use. */
    Path run() throws Exception {
        report.heading("1. Import of the real corpus (extraction, passages, store, index)");
        report.table("threads", "files imported", "skipped", "pages", "MB of text", "passages", "seconds",
                "pages/s", "passages/s", "CPU seconds / wall seconds");
        int cores = Runtime.getRuntime().availableProcessors();
        CorpusBenchmark.progress("warming up: one import, not measured");
        try (Corpus corpus = Corpus.open(work.resolve("warm-up"), true)) {
            corpus.importFiles(List.of(data), ImportOptions.defaults(), ImportListener.NONE);
        }
        Path last = null;
        java.util.Set<String> skippedLines = new java.util.LinkedHashSet<>();
        for (int threads : cores > 1 ? List.of(1, cores) : List.of(1)) {
            Path corpusFolder = work.resolve("real-" + threads);
            CorpusBenchmark.progress("importing " + data + " with " + threads + " thread(s)");
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            ImportReport imported;
            try (Corpus corpus = Corpus.open(corpusFolder, true)) {
                imported = corpus.importFiles(List.of(data), ImportOptions.defaults().withThreads(threads),
                        ImportListener.NONE);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            report.row(threads, imported.count(FileOutcome.Kind.IMPORTED), imported.skipped().size(), imported.pages(),
                    Stopwatch.format(imported.characters() / 1e6, 2), imported.passages(), Stopwatch.format(seconds, 2),
                    Stopwatch.format(imported.pages() / seconds, 1), Stopwatch.format(imported.passages() / seconds, 0),
                    Stopwatch.format(cpuSeconds / seconds, 2));
            for (FileOutcome skipped : imported.skipped()) {
                skippedLines.add("- skipped `" + data.relativize(Path.of(skipped.file())) + "`: " + skipped.reason());
            }
            last = corpusFolder;
        }
        report.line("");
        skippedLines.forEach(report::line);
        return last;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
