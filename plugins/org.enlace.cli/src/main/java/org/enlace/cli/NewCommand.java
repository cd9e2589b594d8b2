package org.enlace.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.enlace.model.commands.ModelSession;
import org.enlace.model.persistence.ModelSaveException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code enlace new FILE --country CRI --title "…"}: creates an empty model file. */
@Command(name = "new", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "new.file")
    Path file;

    @Option(names = "--country", required = true, descriptionKey = "new.country")
    String country;

    @Option(names = "--title", required = true, descriptionKey = "new.title")
    String title;

    @Option(names = "--language", defaultValue = "es", descriptionKey = "new.language")
    String language;

    @Option(names = "--force", descriptionKey = "new.force")
    boolean force;

    @Override
    public Integer call() {
        if (Files.exists(file) && !force) {
            spec.commandLine().getErr().println(CliText.get("new.exists", file));
            return ExitCodes.UNREADABLE;
        }
        ModelSession session = ModelSession.create(file, country.trim().toUpperCase(Locale.ROOT),
                title, language);
        try {
            session.save();
        } catch (ModelSaveException e) {
            spec.commandLine().getErr().println(e.getLocalizedMessage());
            return ExitCodes.UNREADABLE;
        }
        spec.commandLine().getOut().println(CliText.get("new.created", file));
        return ExitCodes.OK;
    }
}
