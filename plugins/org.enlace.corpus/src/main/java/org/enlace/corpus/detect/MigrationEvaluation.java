package org.enlace.corpus.detect;

import java.util.List;
import java.util.function.Function;

/**
 * The scorer and the two keyword baselines on labelled passages, in one run.
 *
 * <p>Target accuracy is measured on the rows labelled {@code migration=1}: a row is top-k correct
 * when any of its labelled targets is among the first k targets the scorer suggests (whether or
 * not the scorer itself judged the row to be about migration). The baselines suggest no targets.
 * Rows are scored as Spanish: the labelled format has no language column, and its sets are Spanish.
 *
 * @param rows the rows evaluated
 * @param migration the scorer's migration decision against the labels
 * @param entryPoint the scorer's entry-point decision against the labels
 * @param targetRows rows labelled {@code migration=1}
 * @param top1 of those, rows whose first suggested target is labelled
 * @param top3 of those, rows with a labelled target among the first three suggestions
 * @param narrow the {@code migra*} rule (its migration decision, against both labels)
 * @param broad the broad-lexicon rule (likewise)
 */
public record MigrationEvaluation(int rows, Agreement migration, Agreement entryPoint, int targetRows, int top1,
        int top3, Baseline narrow, Baseline broad) {

    /** A baseline's agreement on the migration and the entry-point labels. */
    public record Baseline(Agreement migration, Agreement entryPoint) {
    }

    /** Runs the scorer on each row; {@code headings} gives a row's heading context, or an empty string. */
    public static MigrationEvaluation run(List<LabelledPassage> passages, MigrationScorer scorer,
            Function<LabelledPassage, String> headings) {
        Agreement migration = Agreement.NONE;
        Agreement entry = Agreement.NONE;
        Agreement narrowMigration = Agreement.NONE;
        Agreement narrowEntry = Agreement.NONE;
        Agreement broadMigration = Agreement.NONE;
        Agreement broadEntry = Agreement.NONE;
        int targetRows = 0;
        int top1 = 0;
        int top3 = 0;
        for (LabelledPassage p : passages) {
            MigrationAssessment a = scorer.assess(p.text(), headings.apply(p), "es");
            migration = migration.add(p.migration(), a.migration());
            entry = entry.add(p.entryPoint(), a.entryPoint());
            boolean narrow = KeywordBaselines.narrow(p.text());
            boolean broad = KeywordBaselines.broad(p.text());
            narrowMigration = narrowMigration.add(p.migration(), narrow);
            narrowEntry = narrowEntry.add(p.entryPoint(), narrow);
            broadMigration = broadMigration.add(p.migration(), broad);
            broadEntry = broadEntry.add(p.entryPoint(), broad);
            if (p.migration()) {
                targetRows++;
                top1 += anyLabelled(a.topTargets(1), p.targets()) ? 1 : 0;
                top3 += anyLabelled(a.topTargets(3), p.targets()) ? 1 : 0;
            }
        }
        return new MigrationEvaluation(passages.size(), migration, entry, targetRows, top1, top3,
                new Baseline(narrowMigration, narrowEntry), new Baseline(broadMigration, broadEntry));
    }

    private static boolean anyLabelled(List<String> suggested, List<String> labelled) {
        return suggested.stream().anyMatch(labelled::contains);
    }

    public double top1Accuracy() {
        return targetRows == 0 ? 0 : (double) top1 / targetRows;
    }

    public double top3Accuracy() {
        return targetRows == 0 ? 0 : (double) top3 / targetRows;
    }
}
