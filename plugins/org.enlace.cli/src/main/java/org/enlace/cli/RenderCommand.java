package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.enlace.diagram.DiagramProjection;
import org.enlace.diagram.export.DiagramExport;
import org.enlace.diagram.export.ImageSize;
import org.enlace.model.Diagram;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace render MODEL --diagram NAME (--png OUT.png [--scale F] | --svg OUT.svg) [--legend]}: a diagram
 * as a file, headless.
 */
@Command(name = "render", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {

    static final double MAX_SCALE = 10;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "render.model")
    Path file;

    @Option(names = "--diagram", required = true, paramLabel = "NAME", descriptionKey = "render.diagram")
    String diagramName;

    @Option(names = "--png", paramLabel = "OUT.png", descriptionKey = "render.png")
    Path png;

    @Option(names = "--svg", paramLabel = "OUT.svg", descriptionKey = "render.svg")
    Path svg;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1", descriptionKey = "render.scale")
    double scale;

    @Option(names = "--legend", descriptionKey = "render.legend")
    boolean legend;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> usage = usageProblem();
        if (usage.isPresent()) {
            err.println(usage.get());
            return ExitCodes.UNREADABLE;
        }
        HeadlessRendering.ensure();
        Optional<OpenDiagram> opened = OpenDiagram.open(file, diagramName, err);
        if (opened.isEmpty()) {
            return ExitCodes.UNREADABLE;
        }
        try (DiagramProjection projection = DiagramProjection.open(opened.get().session(), opened.get().diagram())) {
            return png != null ? writePng(projection) : writeSvg(projection);
        }
    }

    private Optional<String> usageProblem() {
        if ((png == null) == (svg == null)) {
            return Optional.of(CliText.get("render.oneOutput"));
        }
        if (svg != null && spec.commandLine().getParseResult().hasMatchedOption("--scale")) {
            return Optional.of(CliText.get("render.scaleSvg"));
        }
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            return Optional.of(CliText.get("render.badScale", String.valueOf(scale)));
        }
        return Optional.empty();
    }

    private int writePng(DiagramProjection projection) {
        ImageSize size = DiagramExport.pngSize(projection, scale, legend);
        if (size.pixels() > DiagramExport.MAX_PIXELS) {
            spec.commandLine().getErr().println(CliText.get("render.tooLarge", size.width(), size.height(),
                    DiagramExport.MAX_PIXELS / 1_000_000));
            return ExitCodes.UNREADABLE;
        }
        try {
            DiagramExport.writePng(projection, scale, legend, png);
        } catch (IOException e) {
            spec.commandLine().getErr().println(CliText.get("render.failed", png, e.getMessage()));
            return ExitCodes.UNREADABLE;
        }
        spec.commandLine().getOut().println(CliText.get("render.pngWritten", png, size.width(), size.height()));
        return ExitCodes.OK;
    }

    private int writeSvg(DiagramProjection projection) {
        try {
            DiagramExport.writeSvg(projection, legend, svg);
        } catch (IOException e) {
            spec.commandLine().getErr().println(CliText.get("render.failed", svg, e.getMessage()));
            return ExitCodes.UNREADABLE;
        }
        Diagram diagram = projection.diagram();
        spec.commandLine().getOut().println(CliText.get("render.svgWritten", svg, diagram.getNodes().size(),
                diagram.getEdges().size()));
        return ExitCodes.OK;
    }
}
