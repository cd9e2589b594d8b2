package org.enlace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.enlace.model.Diagram;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;
import org.enlace.model.commands.Bounds;
import org.enlace.model.l10n.Messages;
import org.enlace.model.persistence.ModelStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code enlace diagram new} and {@code enlace render} on a copy of the example model shipped in the product. */
class DiagramCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRunner cli = new CliRunner();

    private Path model;

    @BeforeEach
    void copyTheExample() throws Exception {
        model = Files.copy(EnlaceCliTest.EXAMPLE, dir.resolve("colombia.enlace"));
    }

    private String out() {
        return cli.out.toString().replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return cli.err.toString().replace(System.lineSeparator(), "\n");
    }

    private Diagram diagram(String name) throws Exception {
        PlanningModel loaded = new ModelStore().load(model);
        return loaded.getDiagrams().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void diagramNewAddsALaidOutDiagramOfThePlanAndSavesAValidCanonicalModel() throws Exception {
        assertEquals(0, cli.run("diagram", "new", model.toString(), "--name", "PND"), err());
        assertEquals("Added diagram \"PND\" to " + model + ": 22 nodes, 6 edges, hierarchical layout; saved.\n",
                out());
        Diagram diagram = diagram("PND");
        assertEquals(22, diagram.getNodes().size());
        List<Node> nodes = diagram.getNodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(Bounds.of(nodes.get(i)).overlaps(Bounds.of(nodes.get(j))));
            }
        }
        assertTrue(Files.exists(dir.resolve("colombia.enlace.bak")));
        assertEquals(0, cli.run("validate", model.toString()), out());
        assertEquals(0, cli.run("format", "--check", model.toString()), out());
    }

    @Test
    void fromAnElementCodeDrawsItWhatItContainsAndWhatIsLinkedToThem() throws Exception {
        assertEquals(0, cli.run("diagram", "new", model.toString(), "--name", "Salud", "--from", "Art. 154",
                "--layout", "tree"), err());
        assertEquals(List.of("g-salud-mig", "tg-deuda-salud", "i-pagos-salud", "ep-2", "3.8", "15"),
                diagram("Salud").getNodes().stream().map(node -> node.getElement().getId()).toList());
        assertEquals(0, cli.run("diagram", "new", model.toString(), "--name", "Plan", "--from", "PND-2022-2026",
                "--layout", "organic"), err());
        assertEquals(22, diagram("Plan").getNodes().size());
    }

    @Test
    void diagramNewRefusesATakenNameAnUnknownCodeAMissingFileAndABadLayoutLeavingTheFileAsItWas()
            throws Exception {
        assertEquals(0, cli.run("diagram", "new", model.toString(), "--name", "PND"));
        byte[] saved = Files.readAllBytes(model);

        assertEquals(2, cli.run("diagram", "new", model.toString(), "--name", " PND "));
        assertEquals(model + " already has a diagram \"PND\"; choose another --name.\n", err());
        assertEquals(2, cli.run("diagram", "new", model.toString(), "--name", "Otro", "--from", "G9"));
        assertEquals(model + ": No plan element has the code G9; see enlace info or the model.\n", err());
        assertEquals(2, cli.run("diagram", "new", model.toString(), "--name", "Otro", "--layout", "circle"));
        assertEquals("\"circle\" is not a layout; use hierarchical, organic or tree.\n", err());
        assertArrayEquals(saved, Files.readAllBytes(model));

        Path missing = dir.resolve("missing.enlace");
        assertEquals(2, cli.run("diagram", "new", missing.toString(), "--name", "PND"));
        assertTrue(err().startsWith(missing + ": the file does not exist. Check the path."), err());
    }

    @Test
    void renderWritesAPngOfTheDiagramsExtentPlusMarginsAtTheScale() throws Exception {
        assertEquals(0, cli.run("diagram", "new", model.toString(), "--name", "PND"));
        int[] extent = extent(diagram("PND"));
        Path png = dir.resolve("pnd.png");
        assertEquals(0, cli.run("render", model.toString(), "--diagram", "PND", "--png", png.toString()), err());
        BufferedImage one = ImageIO.read(png.toFile());
        assertEquals(List.of(extent[0] + 40, extent[1] + 40), List.of(one.getWidth(), one.getHeight()));
        assertEquals(String.format(Locale.ENGLISH, "Wrote %s: %,d × %,d pixels.%n", png, one.getWidth(),
                one.getHeight()).replace(System.lineSeparator(), "\n"), out());

        assertEquals(0, cli.run("render", model.toString(), "--diagram", "PND", "--png", png.toString(), "--scale",
                "2"), err());
        BufferedImage two = ImageIO.read(png.toFile());
        assertEquals(List.of(2 * one.getWidth(), 2 * one.getHeight()), List.of(two.getWidth(), two.getHeight()));
    }

    @Test
    void renderWritesAnSvgWithATextPerNodeAndEdgeLabel() throws Exception {
        assertEquals(0, cli.run("diagram", "new", model.toString(), "--name", "PND"));
        Path svg = dir.resolve("pnd.svg");
        assertEquals(0, cli.run("render", model.toString(), "--diagram", "PND", "--svg", svg.toString()), err());
        assertEquals("Wrote " + svg + ": 22 nodes, 6 edges.\n", out());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertEquals(22 + 6, document.getElementsByTagNameNS("*", "text").getLength());

        assertEquals(0, cli.run("render", model.toString(), "--diagram", "PND", "--svg", svg.toString(), "--legend"));
        String drawing = Files.readString(svg);
        // The example model is Spanish: so is its legend, whatever the user's language.
        assertTrue(drawing.contains(">Leyenda<") && drawing.contains(">Meta ODS relevante para la migración<"),
                drawing);
    }

    @Test
    void renderRefusesAnUnknownDiagramABadScaleAndNoOrTwoOutputs() throws Exception {
        Path png = dir.resolve("x.png");
        assertEquals(2, cli.run("render", model.toString(), "--diagram", "PND", "--png", png.toString()));
        assertEquals(model + " has no diagrams yet. Make one with: enlace diagram new " + model + " --name \"PND\"\n",
                err());
        assertEquals(0, cli.run("diagram", "new", model.toString(), "--name", "PND"));
        assertEquals(2, cli.run("render", model.toString(), "--diagram", "Salud", "--png", png.toString()));
        assertEquals(model + " has no diagram \"Salud\"; its diagrams: PND. Make one with: enlace diagram new "
                + model + " --name \"Salud\"\n", err());
        assertEquals(2, cli.run("render", model.toString(), "--diagram", "PND", "--png", png.toString(), "--scale",
                "0"));
        assertEquals("--scale must be more than 0 and at most 10, not 0.0.\n", err());
        assertEquals(2, cli.run("render", model.toString(), "--diagram", "PND"));
        assertEquals("Name one output: --png FILE or --svg FILE.\n", err());
        assertEquals(2, cli.run("render", model.toString(), "--diagram", "PND", "--png", png.toString(), "--svg",
                dir.resolve("x.svg").toString()));
        assertEquals(2, cli.run("render", model.toString(), "--diagram", "PND", "--svg", png.toString(),
                "--scale", "2"));
        assertEquals("--scale sizes PNG images only; an SVG drawing scales by itself. Leave --scale out.\n", err());
        assertFalse(Files.exists(png));
    }

    @Test
    void spanishUsersGetSpanishMessagesAndLayoutNames() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals(0, cli.run("diagram", "new", model.toString(), "--name", "PND", "--layout", "tree"));
        assertEquals("Diagrama \"PND\" añadido a " + model + ": 22 nodos, 6 aristas, disposición en árbol compacto; "
                + "guardado.\n", out());
        assertEquals(2, cli.run("diagram", "new", model.toString(), "--name", "PND"));
        assertEquals(model + " ya tiene un diagrama \"PND\"; elija otro --name.\n", err());
    }

    /** Width and height of the box around all nodes of a diagram (no bendpoints after a layout). */
    private static int[] extent(Diagram diagram) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (Node node : diagram.getNodes()) {
            minX = Math.min(minX, node.getX());
            minY = Math.min(minY, node.getY());
            maxX = Math.max(maxX, node.getX() + node.getWidth());
            maxY = Math.max(maxY, node.getY() + node.getHeight());
        }
        return new int[] {maxX - minX, maxY - minY};
    }
}
