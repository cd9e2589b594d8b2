package org.enlace.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The corpus benchmarks of docs/benchmarks.md, in one run on one machine: (1) import of the real
 * corpus, (2) our indexing pipeline against a bare Lucene IndexWriter, (3) PDF extraction against
 * pdftotext, (4) query latency on the real corpus and on a generated corpus of a million passages.
 * Prints Markdown on standard output and progress on standard error.
 */
public final class CorpusBenchmark {

    private CorpusBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        Path work = Path.of("target/benchmark");
        int passages = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--passages" -> passages = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null || !Files.isDirectory(data)) {
            System.err.println("benchmark: the real corpus was not found at " + data
                    + "; it is ../shared/data/corpus beside the repository (pass -Dbenchmark.data=DIR to use another).");
            System.exit(2);
        }
        deleteTree(work);
        Files.createDirectories(work);
        Report report = new Report();
        report.line("Machine: " + machine());
        report.line("Data: " + data.toAbsolutePath().normalize());
        Path realCorpus = new ImportBenchmark(data, work, report).run();
        new IndexingOverheadBenchmark(realCorpus, work, report).run();
        new PdfExtractionBenchmark(data, report).run();
        QueryLatencyBenchmark latency = new QueryLatencyBenchmark(report);
        latency.onCorpus(realCorpus);
        latency.onGenerated(realCorpus, work.resolve("generated"), passages);
        report.printTo(System.out);
    }

    static void progress(String message) {
        System.err.println("benchmark: " + message);
    }

    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return Runtime.getRuntime().availableProcessors() + " cores, " + os.getName() + " " + os.getArch() + ", Java "
                + Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB";
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
            walk.forEach(paths::add);
        }
        Collections.reverse(paths);
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
