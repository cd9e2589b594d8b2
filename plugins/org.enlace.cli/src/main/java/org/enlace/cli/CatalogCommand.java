package org.enlace.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.enlace.model.CatalogEntry;
import org.enlace.model.GcmObjective;
import org.enlace.model.LineOfAction;
import org.enlace.model.MigrationRelevance;
import org.enlace.model.SdgGoal;
import org.enlace.model.SdgIndicator;
import org.enlace.model.SdgTarget;
import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.catalog.Titles;
import org.enlace.model.persistence.EnlaceResourceSets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code enlace catalog sdg|gcm|actions}: lists the shipped catalogues. */
@Command(name = "catalog", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true,
        subcommands = {CatalogCommand.Sdg.class, CatalogCommand.Gcm.class, CatalogCommand.Actions.class})
final class CatalogCommand {

    /** Options every catalogue listing takes. */
    static class Listing {
        @Spec
        CommandSpec spec;

        @Option(names = "--lang", defaultValue = "en", descriptionKey = "catalog.lang")
        String language;

        @Option(names = "--grep", descriptionKey = "catalog.grep")
        String grep;

        final CatalogQuery catalogs = new CatalogQuery(EnlaceResourceSets.create());

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        boolean wanted(CatalogEntry entry) {
            return grep == null || CatalogQuery.matches(entry, grep);
        }

        void print(String kind, CatalogEntry entry, String suffix) {
            out().println(kind + "\t" + entry.getId() + "\t" + Titles.title(entry, language) + suffix);
        }
    }

    @Command(name = "sdg", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
    static final class Sdg extends Listing implements Callable<Integer> {

        @Option(names = "--migration", descriptionKey = "catalog.migration")
        boolean migrationOnly;

        @Option(names = "--counts", descriptionKey = "catalog.counts")
        boolean counts;

        @Override
        public Integer call() {
            List<SdgGoal> goals = catalogs.sdgGoals().stream().filter(this::wanted)
                    .filter(g -> !migrationOnly).toList();
            List<SdgTarget> targets = catalogs.sdgTargets().stream().filter(this::wanted)
                    .filter(t -> !migrationOnly || t.getMigrationRelevance() != MigrationRelevance.NONE).toList();
            List<SdgIndicator> indicators = catalogs.sdgIndicators().stream().filter(this::wanted)
                    .filter(i -> !migrationOnly || i.getTargets().stream()
                            .anyMatch(t -> t.getMigrationRelevance() != MigrationRelevance.NONE)).toList();
            if (counts) {
                out().println("goals " + goals.size() + " targets " + targets.size() + " indicators " + indicators.size());
                return ExitCodes.OK;
            }
            goals.forEach(goal -> print("goal", goal, ""));
            targets.forEach(target -> print("target", target, relevance(target)));
            indicators.forEach(indicator -> print("indicator", indicator, aliases(indicator)));
            return ExitCodes.OK;
        }

        private static String relevance(SdgTarget target) {
            return target.getMigrationRelevance() == MigrationRelevance.NONE
                    ? "" : "\t[" + target.getMigrationRelevance().getLiteral() + "]";
        }

        private static String aliases(SdgIndicator indicator) {
            return indicator.getAliases().isEmpty() ? "" : "\t(= " + String.join(", ", indicator.getAliases()) + ")";
        }
    }

    @Command(name = "gcm", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
    static final class Gcm extends Listing implements Callable<Integer> {
        @Override
        public Integer call() {
            for (GcmObjective objective : catalogs.gcmObjectives()) {
                if (wanted(objective)) {
                    print("objective", objective, "");
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "actions", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
    static final class Actions extends Listing implements Callable<Integer> {
        @Override
        public Integer call() {
            for (LineOfAction line : catalogs.linesOfAction()) {
                if (wanted(line)) {
                    print("line", line, "");
                }
                line.getActions().stream().filter(this::wanted).forEach(action -> print("action", action, ""));
            }
            return ExitCodes.OK;
        }
    }
}
