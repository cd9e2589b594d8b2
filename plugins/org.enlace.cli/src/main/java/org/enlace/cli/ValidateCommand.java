package org.enlace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.enlace.model.PlanningModel;
import org.enlace.model.persistence.ModelLoadException;
import org.enlace.model.persistence.ModelStore;
import org.enlace.model.validation.ModelValidator;
import org.enlace.model.validation.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code enlace validate FILE…}: exit 0 when clean, 1 when any file has problems, 2 when one cannot be read. */
@Command(name = "validate", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelStore store = new ModelStore();
        ModelValidator validator = new ModelValidator();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            PlanningModel model;
            try {
                model = store.load(file);
            } catch (ModelLoadException e) {
                err.println(e.getLocalizedMessage());
                exit = ExitCodes.UNREADABLE;
                continue;
            }
            List<Problem> problems = validator.validate(model);
            for (Problem problem : problems) {
                out.println(CliText.get("validate.problem", file, CliText.get("severity." + problem.severity()),
                        Labels.of(problem.subject()), problem.message()));
            }
            out.println(problems.isEmpty()
                    ? CliText.get("validate.clean", file)
                    : CliText.get("validate.summary", file, problems.size()));
            if (!problems.isEmpty() && exit == ExitCodes.OK) {
                exit = ExitCodes.PROBLEMS;
            }
        }
        return exit;
    }
}
