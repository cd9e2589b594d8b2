package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.enlace.corpus.detect.Agreement;
import org.enlace.corpus.detect.LabelledPassage;
import org.enlace.corpus.detect.MigrationEvaluation;
import org.enlace.corpus.detect.MigrationScorer;
import org.enlace.corpus.detect.PackException;
import org.enlace.model.l10n.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace eval migration --labels FILE}: the migration scorer and the two keyword baselines
 * against labelled passages. The last line is a machine-readable summary.
 */
@Command(name = "migration", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class EvalMigrationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", required = true, paramLabel = "FILE", descriptionKey = "eval.labels")
    Path labels;

    @Option(names = "--corpus-root", paramLabel = "DIR", descriptionKey = "eval.corpusRoot")
    Path corpusRoot;

    @Option(names = "--pack", paramLabel = "FILE", descriptionKey = "eval.pack")
    List<Path> packs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<LabelledPassage> rows = MigrationLabels.read(labels);
            MigrationScorer scorer = Packs.scorer(corpusRoot, packs);
            DocumentHeadings headings = new DocumentHeadings(corpusRoot);
            MigrationEvaluation e = MigrationEvaluation.run(rows, scorer, headings::of);
            print(out, e);
            if (corpusRoot != null) {
                out.println(CliText.get("eval.headings", headings.found(), rows.size(), corpusRoot));
            }
            out.println(summary(e));
            return ExitCodes.OK;
        } catch (MigrationLabels.LabelsException ex) {
            err.println(ex.getMessage());
        } catch (PackException ex) {
            err.println(ex.explain(Messages.locale()));
        } catch (IOException ex) {
            err.println(CliText.get("eval.unreadable", ex.getMessage()));
        }
        return ExitCodes.UNREADABLE;
    }

    private static void print(PrintWriter out, MigrationEvaluation e) {
        out.println(CliText.get("eval.rows", e.rows(), e.migration().truePositives() + e.migration().falseNegatives(),
                e.entryPoint().truePositives() + e.entryPoint().falseNegatives()));
        out.println(CliText.get("eval.header"));
        row(out, "eval.scorer", e.migration(), e.entryPoint(), Agreement.format(e.top1Accuracy()),
                Agreement.format(e.top3Accuracy()));
        row(out, "eval.narrow", e.narrow().migration(), e.narrow().entryPoint(), "-", "-");
        row(out, "eval.broad", e.broad().migration(), e.broad().entryPoint(), "-", "-");
        out.println(CliText.get("eval.topDefinition", e.targetRows(), e.top1(), e.top3()));
    }

    private static String summary(MigrationEvaluation e) {
        return "migration_f1=" + Agreement.format(e.migration().f1())
                + " entry_point_f1=" + Agreement.format(e.entryPoint().f1())
                + " sdg_top1=" + Agreement.format(e.top1Accuracy())
                + " sdg_top3=" + Agreement.format(e.top3Accuracy())
                + " narrow_migration_f1=" + Agreement.format(e.narrow().migration().f1())
                + " broad_migration_f1=" + Agreement.format(e.broad().migration().f1());
    }

    private static void row(PrintWriter out, String key, Agreement migration, Agreement entry, String top1,
            String top3) {
        out.println(String.format(java.util.Locale.ROOT, "%-22s %s %s %s   %s %s %s   %s %s",
                CliText.get(key), Agreement.format(migration.precision()), Agreement.format(migration.recall()),
                Agreement.format(migration.f1()), Agreement.format(entry.precision()),
                Agreement.format(entry.recall()), Agreement.format(entry.f1()), top1, top3));
    }
}
