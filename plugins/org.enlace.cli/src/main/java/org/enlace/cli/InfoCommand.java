package org.enlace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.enlace.model.PlanningModel;
import org.enlace.model.persistence.ModelLoadException;
import org.enlace.model.persistence.ModelStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code enlace info FILE}: what a model holds, counted by class. */
@Command(name = "info", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "info.file")
    Path file;

    @Override
    public Integer call() {
        PlanningModel model;
        try {
            model = new ModelStore().load(file);
        } catch (ModelLoadException e) {
            spec.commandLine().getErr().println(e.getLocalizedMessage());
            return ExitCodes.UNREADABLE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliText.get("info.header", nullToEmpty(model.getTitle()), nullToEmpty(model.getCountry()),
                nullToEmpty(model.getLanguage()), String.valueOf(model.getModelVersion())));
        for (Map.Entry<String, Integer> count : countByClass(model).entrySet()) {
            out.printf("%-24s %d%n", count.getKey(), count.getValue());
        }
        return ExitCodes.OK;
    }

    static Map<String, Integer> countByClass(PlanningModel model) {
        Map<String, Integer> counts = new TreeMap<>();
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            counts.merge(object.eClass().getName(), 1, Integer::sum);
        }
        return counts;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
