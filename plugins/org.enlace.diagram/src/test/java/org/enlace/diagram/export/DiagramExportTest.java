package org.enlace.diagram.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.enlace.diagram.DiagramProjection;
import org.enlace.diagram.PlanFixture;
import org.enlace.diagram.view.ViewFilterPresenter;
import org.enlace.model.Diagram;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.LinkKind;
import org.enlace.model.commands.Bounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * PNG and SVG of a two-node diagram: goal G1 at (20, 20, 400 × 40) and GCM objective 15 at
 * (520, 120, 400 × 40), joined by a "contributes to" link. Nodes and bendpoints span 900 × 140;
 * with 20 units of margin on each side the picture is 940 × 180 at scale 1. Exports draw what the
 * view shows: shapes hidden by a view filter are left out of the picture, its size and its legend.
 */
class DiagramExportTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private DiagramProjection projection;

    @BeforeEach
    void twoNodes() throws Exception {
        fixture = PlanFixture.open(dir);
        Diagram diagram = fixture.diagram("Dos", fixture.goal(), new Bounds(20, 20, 400, 40),
                fixture.gcm("15"), new Bounds(520, 120, 400, 40));
        projection = DiagramProjection.open(fixture.session, diagram);
    }

    @AfterEach
    void close() {
        projection.close();
    }

    private static BufferedImage decode(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void pngIsTheDiagramsExtentPlusMarginsTimesTheScale() throws Exception {
        BufferedImage one = decode(DiagramExport.png(projection, 1));
        assertEquals(List.of(940, 180), List.of(one.getWidth(), one.getHeight()));
        BufferedImage two = decode(DiagramExport.png(projection, 2));
        assertEquals(List.of(1880, 360), List.of(two.getWidth(), two.getHeight()));
        assertEquals(new ImageSize(1880, 360), DiagramExport.pngSize(projection, 2));
    }

    @Test
    void pngHasAWhiteBackgroundAndNodesInTheirColours() throws Exception {
        BufferedImage one = decode(DiagramExport.png(projection, 1));
        assertEquals(0xFFFFFF, one.getRGB(5, 5) & 0xFFFFFF);
        // Just inside the goal's left edge, level with its middle: the goal's fill, light blue.
        assertEquals(0x9DC3E6, one.getRGB(24, 40) & 0xFFFFFF);
        BufferedImage two = decode(DiagramExport.png(projection, 2));
        assertEquals(0x9DC3E6, two.getRGB(48, 80) & 0xFFFFFF);
    }

    @Test
    void svgParsesAndHasOneTextElementPerLabel() throws Exception {
        Document svg = parse(DiagramExport.svg(projection));
        Element root = svg.getDocumentElement();
        assertEquals(List.of("svg", "940", "180"), List.of(root.getLocalName(), root.getAttribute("width"),
                root.getAttribute("height")));
        assertEquals(List.of("contribuye a", "G1|Salud para migrantes", "PMM 15|Acceso a los servicios básicos"),
                texts(svg));
    }

    @Test
    void theLegendStandsRightOfTheDiagramAndNamesWhatItShowsInTheModelsLanguage() throws Exception {
        assertEquals(List.of("contribuye a", "G1|Salud para migrantes", "PMM 15|Acceso a los servicios básicos",
                "Leyenda", "Objetivo", "Objetivo del Pacto Mundial para la Migración", "contribuye a"),
                texts(parse(DiagramExport.svg(projection, true))));
        ImageSize size = DiagramExport.pngSize(projection, 1, true);
        BufferedImage image = decode(DiagramExport.png(projection, 1, true));
        assertEquals(List.of(size.width(), size.height()), List.of(image.getWidth(), image.getHeight()));
        // Legend frame, 10 of padding, the title row (24), then the goal's sample (44 × 18) in the next row.
        int sampleX = 940 + LegendGraph.PADDING + LegendGraph.SAMPLE_WIDTH / 2;
        int sampleY = 20 + LegendGraph.PADDING + LegendGraph.ROW + LegendGraph.ROW / 2;
        assertEquals(0x9DC3E6, image.getRGB(sampleX, sampleY) & 0xFFFFFF);
        // Three rows and a title: 2 × 10 + 4 × 24 = 116 units, less than the diagram's 180.
        assertEquals(180, size.height());
        assertEquals(size.width(), decode(DiagramExport.png(projection, 2, true)).getWidth() / 2, 1);
    }

    @Test
    void filesAreReplacedWholeAndAFailedExportLeavesTheOldFile() throws Exception {
        Path png = dir.resolve("out/diagram.png");
        DiagramExport.writePng(projection, 1, false, png);
        assertEquals(940, ImageIO.read(png.toFile()).getWidth());
        DiagramExport.writePng(projection, 2, false, png);
        assertEquals(1880, ImageIO.read(png.toFile()).getWidth());
        byte[] before = Files.readAllBytes(png);

        assertThrows(ImageTooLargeException.class, () -> DiagramExport.writePng(projection, 100, false, png));
        assertArrayEquals(before, Files.readAllBytes(png));
        try (Stream<Path> files = Files.list(png.getParent())) {
            assertEquals(List.of("diagram.png"), files.map(file -> file.getFileName().toString()).toList());
        }

        Path svg = dir.resolve("out/diagram.svg");
        DiagramExport.writeSvg(projection, false, svg);
        assertEquals(3, texts(parse(Files.readAllBytes(svg))).size());
    }

    @Test
    void whatAViewFilterHidesIsNeitherDrawnNorNamedInTheLegend() throws Exception {
        try (ViewFilterPresenter filters = new ViewFilterPresenter(fixture.session, projection)) {
            filters.setLinkKindHidden(LinkKind.CONTRIBUTES_TO, true);
            assertEquals(List.of("G1|Salud para migrantes", "PMM 15|Acceso a los servicios básicos",
                    "Leyenda", "Objetivo", "Objetivo del Pacto Mundial para la Migración"),
                    texts(parse(DiagramExport.svg(projection, true))));
        }
    }

    @Test
    void anEntryPointHiddenByItsStatusDoesNotWidenThePicture() {
        Diagram withEntryPoint = fixture.diagram("Con entrada", fixture.goal(), new Bounds(20, 20, 400, 40),
                fixture.entryPoint(), new Bounds(1020, 20, 400, 40));
        try (DiagramProjection open = DiagramProjection.open(fixture.session, withEntryPoint);
                ViewFilterPresenter filters = new ViewFilterPresenter(fixture.session, open)) {
            assertEquals(new ImageSize(1440, 80), DiagramExport.pngSize(open, 1));
            filters.setStatusHidden(EntryPointStatus.PROPOSED, true);
            assertEquals(new ImageSize(440, 80), DiagramExport.pngSize(open, 1));
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Each text element's lines (its tspans), joined by "|". */
    private static List<String> texts(Document svg) {
        NodeList elements = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            NodeList lines = ((Element) elements.item(i)).getElementsByTagNameNS("*", "tspan");
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < lines.getLength(); j++) {
                parts.add(lines.item(j).getTextContent());
            }
            texts.add(String.join("|", parts));
        }
        return texts;
    }
}
