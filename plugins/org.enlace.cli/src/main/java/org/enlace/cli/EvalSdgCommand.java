package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.enlace.corpus.detect.sdg.SdgGoalScore;
import org.enlace.corpus.detect.sdg.SdgGoalScorer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace eval sdg --labels FILE}: the SDG goal scorer against an SDG Classification Benchmark
 * file. Per SDG and over all rows: accuracy, precision, recall; the last line is for scripts.
 */
@Command(name = "sdg", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class EvalSdgCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", required = true, paramLabel = "FILE", descriptionKey = "evalSdg.labels")
    Path labels;

    @Option(names = "--features", paramLabel = "FILE", descriptionKey = "evalSdg.features")
    Path features;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<LabelledSdgRows.Row> rows = LabelledSdgRows.read(labels);
            SdgGoalScorer scorer = SdgGoalScorer.shipped();
            SdgConfusion[] perGoal = new SdgConfusion[18];
            SdgConfusion all = new SdgConfusion();
            try (Writer featureFile = features == null ? Writer.nullWriter()
                    : Files.newBufferedWriter(features, StandardCharsets.UTF_8)) {
                featureFile.write(featureHeader());
                for (LabelledSdgRows.Row row : rows) {
                    List<SdgGoalScore> scores = scorer.score(row.text());
                    SdgGoalScore goal = scores.get(row.sdg() - 1);
                    perGoal[row.sdg()] = perGoal[row.sdg()] == null ? new SdgConfusion() : perGoal[row.sdg()];
                    perGoal[row.sdg()].add(row.label(), goal.detected());
                    all.add(row.label(), goal.detected());
                    featureFile.write(featureLine(row, goal, scores));
                }
            }
            print(out, perGoal, all);
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

    /** The row's own goal's evidence, then every goal's clause count and similarity (for calibrate.py). */
    private static String featureHeader() {
        StringBuilder header = new StringBuilder("id,sdg,label,clauses,similarity,best_similarity,score");
        for (int g = 1; g <= 17; g++) {
            header.append(",clauses_").append(g);
        }
        for (int g = 1; g <= 17; g++) {
            header.append(",similarity_").append(g);
        }
        return header.append('\n').toString();
    }

    private static String featureLine(LabelledSdgRows.Row row, SdgGoalScore goal, List<SdgGoalScore> scores) {
        double best = scores.stream().mapToDouble(SdgGoalScore::similarity).max().orElse(0);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s,%d,%s,%d,%.6f,%.6f,%.6f", row.id(),
                row.sdg(), row.label(), goal.clauses(), goal.similarity(), best, goal.score()));
        scores.forEach(s -> line.append(',').append(s.clauses()));
        scores.forEach(s -> line.append(String.format(Locale.ROOT, ",%.6f", s.similarity())));
        return line.append('\n').toString();
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
        out.println("sdg_accuracy=" + SdgConfusion.format(all.accuracy()) + " sdg_precision="
                + SdgConfusion.format(all.precision()) + " sdg_recall=" + SdgConfusion.format(all.recall()));
    }
}
