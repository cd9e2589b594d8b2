package org.enlace.benchmarks;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.enlace.diagram.DiagramProjection;
import org.enlace.diagram.editor.EditorAction;
import org.enlace.diagram.export.DiagramExport;
import org.enlace.diagram.export.ImageSize;
import org.enlace.diagram.layout.DiagramLayouts;
import org.enlace.diagram.layout.LayoutKind;
import org.enlace.model.Diagram;
import org.enlace.model.Identified;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramCommands;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.commands.NodeSpec;

/**
 * The diagram benchmark of docs/benchmarks.md: a generated diagram of {@code --nodes} nodes and
 * {@code --edges} edges, saved twice (nodes on a grid; laid out hierarchically), is (1) loaded from
 * its file, (2) projected into a JGraphX graph and painted once, whole, into a 1920 × 1080 image,
 * (3) laid out hierarchically from the grid (layout, one command, and the open projection
 * following it), and (4), when there is a display, opened in the editor and panned and zoomed there
 * ({@link EditorViewSteps}). Each step is timed on its first run in this JVM (cold: the first paint also
 * starts Java2D and the fonts) and as the median of {@code --runs} further runs (warm). Prints
 * Markdown on standard output, progress on standard error.
 */
public final class DiagramBenchmark {

    private static final int VIEW_WIDTH = 1920;
    private static final int VIEW_HEIGHT = 1080;
    private static final int GRID_COLUMNS = 40;

    private final Report report = new Report();
    private final Path grid;
    private final Path laidOut;
    private final int runs;

    private DiagramBenchmark(Path work, int runs) {
        this.grid = work.resolve("generated-diagram-grid.enlace");
        this.laidOut = work.resolve("generated-diagram-hierarchical.enlace");
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        // AWT is left to decide whether it is headless (it is without DISPLAY on Linux): the
        // editor's component, unlike the export, needs a display (JGraphX makes a DragSource).
        Path work = Path.of("target/benchmark");
        int nodes = 2000;
        int edges = 5000;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                case "--edges" -> edges = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(work);
        DiagramBenchmark benchmark = new DiagramBenchmark(work, runs);
        benchmark.generate(nodes, edges);
        benchmark.measure();
        benchmark.report.printTo(System.out);
    }

    /**
     * The model, with one diagram showing every element on a grid and an edge for every link, saved;
     * then the same laid out hierarchically, saved as another file.
     */
    private void generate(int nodes, int edges) throws Exception {
        CorpusBenchmark.progress("generating a model of " + nodes + " elements and " + edges + " links");
        GeneratedPlanModel generated = new GeneratedPlanModel(grid, nodes, edges);
        ModelSession session = generated.session;
        DiagramCommands commands = new DiagramCommands(session);
        session.execute(commands.newDiagram("Benchmark"));
        Diagram diagram = DiagramQuery.byName(session.model(), "Benchmark").orElseThrow();
        List<NodeSpec> specs = new ArrayList<>();
        for (Identified element : generated.elements) {
            int index = specs.size();
            specs.add(new NodeSpec(element, new Bounds(20 + index % GRID_COLUMNS * 220, 20 + index / GRID_COLUMNS * 100,
                    180, 60)));
        }
        session.execute(commands.addNodes(diagram, specs));
        session.save();
        session.execute(new DiagramLayouts(session).layout(diagram, LayoutKind.HIERARCHICAL));
        session.saveAs(laidOut);
        report.line("Machine: " + CorpusBenchmark.machine());
        report.line("Diagram: " + diagram.getNodes().size() + " nodes, " + diagram.getEdges().size() + " edges ("
                + session.model().getLinks().size() + " links), generated from a fixed seed; file of "
                + Files.size(grid) / 1024 + " KB.");
    }

    private void measure() throws Exception {
        report.table("step", "cold (s)", "warm median of " + runs + " (s)", "target");
        row("load the model file", () -> Stopwatch.seconds(() -> ModelSession.open(laidOut)), "");
        row("render: project and paint the whole graph, laid out hierarchically", () -> projectAndPaint(laidOut), "");
        row("render: project and paint the whole graph, nodes on a grid", () -> projectAndPaint(grid), "");
        row("hierarchical layout from the grid, one command, projection following", this::layOut, "< 2");
        row("  of which the layout computation alone", this::computeLayout, "");
        measureEditor();
        report.line("");
        report.line("Render: the whole graph painted into a " + VIEW_WIDTH + " × " + VIEW_HEIGHT
                + " image at the scale that fits it, white background, anti-aliased (DiagramExport.image):"
                + " the painting `enlace render --png` does at that scale, without its PNG encoding;"
                + " opening a diagram is the editor's row, which paints only what the window shows.");
        if (!GraphicsEnvironment.isHeadless()) {
            report.line("Editor: the editor's component at " + EditorViewSteps.WIDTH + " × " + EditorViewSteps.HEIGHT
                    + " in a packed window not shown, the laid-out diagram at zoom 1 with the viewport centred on it;"
                    + " each step times the gesture, Swing's layout and one offscreen paint of the whole viewport"
                    + " (without anti-aliasing, as the editor paints while the view moves); a smooth repaint is the"
                    + " same viewport painted anti-aliased, as the editor does once the view rests.");
        }
    }

    /** The view gestures in the real editor component, unless Swing cannot make it here. */
    private void measureEditor() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            CorpusBenchmark.progress("editor steps SKIPPED: JGraphX's component needs a display; run under xvfb-run -a");
            report.row("editor steps SKIPPED: no display (run under xvfb-run -a)", "", "", "");
            return;
        }
        try (EditorViewSteps view = EditorViewSteps.open(laidOut)) {
            row("open in the editor, laid out: load, editor, first paint of the viewport", this::openEditor, "< 2");
            row("pan: scroll half a viewport at zoom 1, repaint the viewport", view::pan, "< 0.1");
            row("zoom in one step from 1 (to " + scale(view, EditorAction.ZOOM_IN) + "), repaint", view::zoomIn, "< 0.1");
            row("zoom out one step from 1 (to " + scale(view, EditorAction.ZOOM_OUT) + "), repaint", view::zoomOut, "< 0.1");
            row("zoom to fit (to " + scale(view, EditorAction.ZOOM_FIT) + "), repaint", view::fit, "< 0.1");
            row("  smooth repaint once the view rests, after zoom in", () -> view.smoothAfter(EditorAction.ZOOM_IN), "");
            row("  smooth repaint once the view rests, after zoom to fit", () -> view.smoothAfter(EditorAction.ZOOM_FIT), "");
        }
    }

    private static String scale(EditorViewSteps view, EditorAction gesture) throws Exception {
        return Stopwatch.format(view.scaleAfter(gesture), 3);
    }

    private double openEditor() throws Exception {
        long start = System.nanoTime();
        EditorViewSteps opened = EditorViewSteps.open(laidOut);
        double seconds = (System.nanoTime() - start) / 1e9;
        opened.close();
        return seconds;
    }

    private interface Step {
        double seconds() throws Exception;
    }

    private void row(String name, Step step, String target) throws Exception {
        CorpusBenchmark.progress(name);
        double cold = step.seconds();
        double[] warm = new double[runs];
        for (int i = 0; i < runs; i++) {
            warm[i] = step.seconds();
        }
        Arrays.sort(warm);
        report.row(name, Stopwatch.format(cold, 3), Stopwatch.format(warm[runs / 2], 3), target);
    }

    private double projectAndPaint(Path file) throws Exception {
        ModelSession session = ModelSession.open(file);
        Diagram diagram = session.model().getDiagrams().get(0);
        long start = System.nanoTime();
        try (DiagramProjection projection = DiagramProjection.open(session, diagram)) {
            ImageSize whole = DiagramExport.pngSize(projection, 1);
            double scale = Math.min((double) VIEW_WIDTH / whole.width(), (double) VIEW_HEIGHT / whole.height());
            BufferedImage image = DiagramExport.image(projection, scale);
            image.flush();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private double layOut() throws Exception {
        ModelSession session = ModelSession.open(grid);
        Diagram diagram = session.model().getDiagrams().get(0);
        try (DiagramProjection projection = DiagramProjection.open(session, diagram)) {
            long start = System.nanoTime();
            Command command = new DiagramLayouts(session).layout(diagram, LayoutKind.HIERARCHICAL);
            session.execute(command);
            projection.graph();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private double computeLayout() throws Exception {
        ModelSession session = ModelSession.open(grid);
        Diagram diagram = session.model().getDiagrams().get(0);
        return Stopwatch.seconds(() -> DiagramLayouts.bounds(diagram, LayoutKind.HIERARCHICAL));
    }
}
