package org.enlace.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import org.enlace.diagram.window.DiagramWindows;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace diagram show MODEL --diagram NAME}: opens a diagram in the diagram bundle's
 * window and returns when the analyst closes it. The window is the diagram bundle's; this command
 * only checks the model, the diagram and the display, and waits (the command line itself touches
 * no Swing).
 */
@Command(name = "show", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class DiagramShowCommand implements Callable<Integer> {

    /** Whether AWT lacks a display; tests replace it, since AWT decides once per process. */
    static BooleanSupplier headless = GraphicsEnvironment::isHeadless;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "diagramShow.model")
    Path file;

    @Option(names = "--diagram", required = true, paramLabel = "NAME", descriptionKey = "diagramShow.diagram")
    String diagramName;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println(CliText.get("diagramShow.noFile", file));
            return ExitCodes.UNREADABLE;
        }
        Optional<OpenDiagram> opened = OpenDiagram.open(file, diagramName, err);
        if (opened.isEmpty()) {
            return ExitCodes.UNREADABLE;
        }
        if (headless.getAsBoolean()) {
            err.println(CliText.get("diagramShow.noDisplay", file, opened.get().diagram().getName()));
            return ExitCodes.UNREADABLE;
        }
        DiagramWindows.showAndWait(opened.get().session(), opened.get().diagram());
        return ExitCodes.OK;
    }
}
