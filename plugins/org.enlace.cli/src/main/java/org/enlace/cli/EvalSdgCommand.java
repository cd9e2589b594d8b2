package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.enlace.corpus.detect.sdg.SdgExample;
import org.enlace.corpus.detect.sdg.SdgFitting;
import org.enlace.corpus.detect.sdg.SdgGoalScore;
import org.enlace.corpus.detect.sdg.SdgGoalScorer;
import org.enlace.corpus.detect.sdg.SdgVocabulary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace eval sdg --labels FILE [--cross-validate] [--shuffles N] [--fit DIR]}: the SDG goal
 * scorer against an SDG Classification Benchmark file. Per SDG and over all rows: accuracy,
 * precision, recall; optionally the cross-validated accuracy of fitting the learned part on the
 * file, and that fit written to a folder. The last line is for scripts.
 */
@Command(name = "sdg", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class EvalSdgCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", required = true, paramLabel = "FILE", descriptionKey = "evalSdg.labels")
    Path labels;

    @Option(names = "--cross-validate", descriptionKey = "evalSdg.crossValidate")
    boolean crossValidate;

    @Option(names = "--shuffles", paramLabel = "N", descriptionKey = "evalSdg.shuffles")
    int shuffles;

    @Option(names = "--fit", paramLabel = "DIR", descriptionKey = "evalSdg.fit")
    Path fitFolder;

    /** The fold order of the figures in docs/evaluation.md; any other seed is as honest. */
    static final long SEED = 20_240_613L;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<LabelledSdgRows.Row> rows = LabelledSdgRows.read(labels);
            SdgGoalScorer scorer = SdgGoalScorer.shipped();
            SdgConfusion[] perGoal = new SdgConfusion[18];
            SdgConfusion all = new SdgConfusion();
            List<SdgFitting.Row> fittingRows = new ArrayList<>();
            for (LabelledSdgRows.Row row : rows) {
                SdgGoalScore goal = scorer.score(row.text()).get(row.sdg() - 1);
                perGoal[row.sdg()] = perGoal[row.sdg()] == null ? new SdgConfusion() : perGoal[row.sdg()];
                perGoal[row.sdg()].add(row.label(), goal.detected());
                all.add(row.label(), goal.detected());
                fittingRows.add(new SdgFitting.Row(new SdgExample(row.text(), row.sdg(), row.label()), goal.evidence()));
            }
            print(out, perGoal, all);
            String sha256 = sha256(labels);
            if (sha256.equals(SdgVocabulary.shipped().trainedOn())) {
                out.println(CliText.get("evalSdg.inSample"));
            }
            if (crossValidate || shuffles > 0 || fitFolder != null) {
                learn(out, fittingRows, sha256);
            }
            out.println("sdg_accuracy=" + SdgConfusion.format(all.accuracy()) + " sdg_precision="
                    + SdgConfusion.format(all.precision()) + " sdg_recall=" + SdgConfusion.format(all.recall()));
            return ExitCodes.OK;
        } catch (NoSuchFileException e) {
            err.println(CliText.get("evalSdg.noFile", labels));
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println(CliText.get("evalSdg.unreadable", labels, e.getMessage()));
            return ExitCodes.UNREADABLE;
        } catch (LabelledSdgRows.Problem p) {
            err.println(CliText.get(p.key, p.arguments));
            return ExitCodes.UNREADABLE;
        }
    }

    /** Cross-validation figures and a fit written to a folder, as asked. */
    private void learn(PrintWriter out, List<SdgFitting.Row> rows, String sha256) throws IOException {
        Double crossValidated = null;
        if (crossValidate || fitFolder != null) {
            crossValidated = SdgFitting.crossValidatedAccuracy(rows, SEED);
            out.println(CliText.get("evalSdg.crossValidated", SdgFitting.FOLDS, SdgConfusion.format(crossValidated)));
        }
        if (shuffles > 0) {
            DoubleSummaryStatistics figures = new DoubleSummaryStatistics();
            for (long seed = 0; seed < shuffles; seed++) {
                figures.accept(SdgFitting.crossValidatedAccuracy(rows, seed));
            }
            out.println(CliText.get("evalSdg.shuffled", shuffles, SdgConfusion.format(figures.getAverage()),
                    SdgConfusion.format(figures.getMin()), SdgConfusion.format(figures.getMax())));
        }
        if (fitFolder != null) {
            new SdgFitWriter(fitFolder, labels, sha256, rows.size(), crossValidated).write(SdgFitting.fit(rows, SEED));
            out.println(CliText.get("evalSdg.fitted", fitFolder.resolve(SdgFitWriter.VOCABULARY),
                    fitFolder.resolve(SdgFitWriter.PARAMETERS)));
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void print(PrintWriter out, SdgConfusion[] perGoal, SdgConfusion all) {
        out.println(CliText.get("evalSdg.header"));
        double accuracy = 0;
        double precision = 0;
        double recall = 0;
        int goals = 0;
        for (int g = 1; g < perGoal.length; g++) {
            SdgConfusion c = perGoal[g];
            if (c != null) {
                out.println(String.format(Locale.ROOT, "%-9s %5d %9s %10s %7s", g, c.rows(),
                        SdgConfusion.format(c.accuracy()), SdgConfusion.format(c.precision()),
                        SdgConfusion.format(c.recall())));
                accuracy += c.accuracy();
                precision += c.precision();
                recall += c.recall();
                goals++;
            }
        }
        out.println(String.format(Locale.ROOT, "%-9s %5d %9s %10s %7s", CliText.get("evalSdg.macro"), all.rows(),
                SdgConfusion.format(accuracy / goals), SdgConfusion.format(precision / goals),
                SdgConfusion.format(recall / goals)));
        out.println(String.format(Locale.ROOT, "%-9s %5d %9s %10s %7s", CliText.get("evalSdg.micro"), all.rows(),
                SdgConfusion.format(all.accuracy()), SdgConfusion.format(all.precision()),
                SdgConfusion.format(all.recall())));
        out.println(CliText.get("evalSdg.note"));
    }
}
