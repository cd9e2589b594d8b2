package org.enlace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.enlace.model.persistence.ModelLoadException;
import org.enlace.model.persistence.ModelSaveException;
import org.enlace.model.persistence.ModelStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace format FILE…}: rewrites files in the canonical form; with {@code --check} only names
 * the files that are not canonical and exits 1, for pre-commit hooks.
 */
@Command(name = "format", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class FormatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--check", descriptionKey = "format.check")
    boolean check;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "format.files")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelStore store = new ModelStore();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            try {
                if (check && !store.isCanonical(file)) {
                    out.println(CliText.get("format.notCanonical", file));
                    exit = Math.max(exit, ExitCodes.PROBLEMS);
                } else if (!check && store.format(file)) {
                    out.println(CliText.get("format.rewritten", file));
                }
            } catch (ModelLoadException | ModelSaveException e) {
                err.println(e.getLocalizedMessage());
                exit = ExitCodes.UNREADABLE;
            }
        }
        return exit;
    }
}
