package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.enlace.corpus.Corpus;
import org.enlace.corpus.DocumentMetadata;
import org.enlace.corpus.FileOutcome;
import org.enlace.corpus.ImportJob;
import org.enlace.corpus.ImportOptions;
import org.enlace.corpus.ImportReport;
import org.enlace.corpus.MetadataException;
import org.enlace.corpus.MetadataValues;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace corpus import DIR|FILE… --corpus FOLDER}: imports documents with a progress line;
 * Ctrl-C stops it and keeps what was finished. Exit 0 when every file was taken, 1 when some were
 * skipped (listed with reasons), 2 when the corpus could not be used.
 */
@Command(name = "import", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class CorpusImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpusOption;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", descriptionKey = "import.inputs")
    List<Path> inputs;

    @Option(names = "--title", descriptionKey = "import.title")
    String title;

    @Option(names = "--country", descriptionKey = "import.country")
    String country;

    @Option(names = "--level", descriptionKey = "import.level")
    String level;

    @Option(names = "--issuer", descriptionKey = "import.issuer")
    String issuer;

    @Option(names = "--period", descriptionKey = "import.period")
    String period;

    @Option(names = "--lang", descriptionKey = "import.lang")
    String language;

    @Option(names = "--threads", descriptionKey = "import.threads")
    Integer threads;

    @Option(names = "--no-progress", descriptionKey = "import.noProgress")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportOptions options;
        try {
            options = ImportOptions.defaults().withMetadata(givenMetadata());
        } catch (MetadataException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        if (threads != null) {
            options = options.withThreads(threads);
        }
        try (Corpus corpus = corpusOption.open(true, err)) {
            ImportReport report = run(corpus, options, err);
            printReport(report, out);
            return report.skipped().isEmpty() && !report.cancelled() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        } catch (IOException e) {
            err.println(CliText.get("corpus.failed", corpusOption.folder, e.getMessage()));
            return ExitCodes.UNREADABLE;
        }
    }

    private DocumentMetadata givenMetadata() throws MetadataException {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "title", title);
        put(values, "country", country);
        put(values, "level", level);
        put(values, "issuer", issuer);
        put(values, "period", period);
        put(values, "lang", language);
        return MetadataValues.parse(values, CliText.get("import.commandLine"));
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private ImportReport run(Corpus corpus, ImportOptions options, PrintWriter err) throws IOException {
        ProgressLine progress = new ProgressLine(err, !noProgress && System.console() != null);
        ImportJob job = corpus.startImport(inputs, options, progress::show);
        // Ctrl-C cancels: files under way stop, finished ones are committed before the JVM exits.
        Thread stopper = new Thread(() -> {
            job.cancel();
            job.report().join();
        }, "enlace-import-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            return job.report().get();
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause().getCause() != null ? e.getCause().getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
        } finally {
            progress.finish();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting: the hook is running and finishes the job.
            }
        }
    }

    private static void printReport(ImportReport report, PrintWriter out) {
        for (FileOutcome file : report.files()) {
            if (file.kind() != FileOutcome.Kind.SKIPPED && file.kind() != FileOutcome.Kind.LEFT_OUT) {
                out.println(CliText.get("import.file." + file.kind(), file.documentId(), file.pages(), file.passages(),
                        file.file()));
            }
        }
        double seconds = report.elapsedNanos() / 1e9;
        out.println(CliText.get("import.summary", report.count(FileOutcome.Kind.IMPORTED),
                report.count(FileOutcome.Kind.REPLACED), report.count(FileOutcome.Kind.METADATA_UPDATED),
                report.count(FileOutcome.Kind.UNCHANGED), report.leftOut().size(), report.skipped().size(),
                report.pages(), report.passages(),
                String.format(java.util.Locale.ROOT, "%.1f", seconds),
                String.format(java.util.Locale.ROOT, "%.0f", seconds > 0 ? report.passages() / seconds : 0)));
        if (report.cancelled()) {
            out.println(CliText.get("import.cancelled"));
        }
        if (!report.leftOut().isEmpty()) {
            out.println(CliText.get("import.leftOutHeader"));
            for (FileOutcome file : report.leftOut()) {
                out.println(CliText.get("import.skipped", file.file(), file.reason()));
            }
        }
        if (!report.skipped().isEmpty()) {
            out.println(CliText.get("import.skippedHeader"));
            for (FileOutcome file : report.skipped()) {
                out.println(CliText.get("import.skipped", file.file(), file.reason()));
            }
        }
    }
}
