package org.enlace.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.extract.ExtractionLimits;
import org.enlace.corpus.extract.Extractors;

/** (3) Our PDF extraction (PDFBox, cleaning, running lines, blocks) against poppler's pdftotext on the same files. */
final class PdfExtractionBenchmark {

    private static final int RUNS = 3;

    private final Path data;
    private final Report report;

    PdfExtractionBenchmark(Path data, Report report) {
        this.data = data;
        this.report = report;
    }

    void run() throws Exception {
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(data)) {
            pdfs = files.filter(file -> file.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        report.heading("3. PDF text extraction against pdftotext (median of " + RUNS + " runs, one thread)");
        boolean popplerPresent = pdftotextAvailable();
        if (!popplerPresent) {
            report.line("pdftotext (poppler-utils) is not installed; install it (apt-get install poppler-utils) "
                    + "for the comparison. Our times alone:");
        }
        report.table("file", "pages", "ours (s)", "pdftotext (s)", "ours / pdftotext");
        for (Path pdf : pdfs) {
            CorpusBenchmark.progress("extracting " + pdf.getFileName());
            ExtractedDocument[] document = new ExtractedDocument[1];
            double ours = Stopwatch.medianSeconds(RUNS, () -> document[0] = Extractors.extract(pdf,
                    ExtractionLimits.DEFAULT, Cancellation.none()));
            double poppler = popplerPresent ? Stopwatch.medianSeconds(RUNS, () -> pdftotext(pdf)) : Double.NaN;
            report.row("`" + data.relativize(pdf) + "`", document[0].pageCount(), Stopwatch.format(ours, 2),
                    popplerPresent ? Stopwatch.format(poppler, 2) : "–",
                    popplerPresent ? Stopwatch.format(ours / poppler, 2) : "–");
        }
    }

    private static boolean pdftotextAvailable() {
        try {
            Process process = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0 || process.exitValue() == 99;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pdftotext(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IOException("pdftotext failed on " + pdf);
        }
    }
}
