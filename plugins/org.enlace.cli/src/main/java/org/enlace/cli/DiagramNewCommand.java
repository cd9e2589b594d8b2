package org.enlace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.enlace.diagram.PlanDiagrams;
import org.enlace.diagram.layout.LayoutKind;
import org.enlace.model.Diagram;
import org.enlace.model.Identified;
import org.enlace.model.Plan;
import org.enlace.model.PlanningModel;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.l10n.Messages;
import org.enlace.model.persistence.ModelLoadException;
import org.enlace.model.persistence.ModelSaveException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace diagram new MODEL --name NAME [--layout hierarchical|organic|tree] [--from CODE]}:
 * adds a laid-out diagram of the plans (or of one element) and their links, as one command, and saves.
 */
@Command(name = "new", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class DiagramNewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "diagramNew.model")
    Path file;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "diagramNew.name")
    String name;

    @Option(names = "--layout", defaultValue = "hierarchical", descriptionKey = "diagramNew.layout")
    String layout;

    @Option(names = "--from", paramLabel = "ELEMENT_CODE", descriptionKey = "diagramNew.from")
    String from;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<LayoutKind> kind = LayoutKind.of(layout);
        if (kind.isEmpty()) {
            err.println(CliText.get("diagramNew.badLayout", layout));
            return ExitCodes.UNREADABLE;
        }
        if (name.isBlank()) {
            err.println(CliText.get("diagramNew.blankName"));
            return ExitCodes.UNREADABLE;
        }
        HeadlessRendering.ensure();
        try {
            ModelSession session = ModelSession.open(file);
            return create(session, kind.get());
        } catch (ModelLoadException | ModelSaveException e) {
            err.println(e.getLocalizedMessage());
            return ExitCodes.UNREADABLE;
        } catch (UsageProblem e) {
            err.println(file + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
    }

    private int create(ModelSession session, LayoutKind kind) throws ModelSaveException {
        PrintWriter err = spec.commandLine().getErr();
        PlanningModel model = session.model();
        if (DiagramQuery.byName(model, name).isPresent()) {
            err.println(CliText.get("diagramNew.exists", file, name.strip()));
            return ExitCodes.UNREADABLE;
        }
        PlanDiagrams diagrams = new PlanDiagrams(session);
        List<Identified> elements = from == null ? diagrams.wholeModel() : diagrams.from(root(model, from));
        if (elements.isEmpty()) {
            err.println(CliText.get("diagramNew.nothing", file));
            return ExitCodes.UNREADABLE;
        }
        session.execute(diagrams.newDiagram(name, elements, kind));
        session.save();
        Diagram diagram = DiagramQuery.byName(model, name).orElseThrow();
        spec.commandLine().getOut().println(CliText.get("diagramNew.created", diagram.getName(), file,
                diagram.getNodes().size(), diagram.getEdges().size(), kind.displayName(Messages.locale())));
        return ExitCodes.OK;
    }

    /** A plan by its code, else a plan element by its code (PLAN/CODE when codes repeat across plans). */
    private static Identified root(PlanningModel model, String code) {
        List<Plan> plans = model.getPlans().stream().filter(plan -> code.strip().equals(plan.getCode())).toList();
        return plans.size() == 1 ? plans.get(0) : PlanElementsByCode.find(model, code.strip());
    }
}
