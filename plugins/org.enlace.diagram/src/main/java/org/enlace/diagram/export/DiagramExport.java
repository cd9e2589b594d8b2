package org.enlace.diagram.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.enlace.diagram.DiagramProjection;
import org.enlace.model.persistence.AtomicFileWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.mxgraph.canvas.mxImageCanvas;
import com.mxgraph.canvas.mxSvgCanvas;
import com.mxgraph.util.mxDomUtils;

/**
 * A diagram as a PNG image (any scale, white background, anti-aliased) or as SVG, without a
 * display. The picture covers every node and bendpoint plus a {@link #MARGIN} on each side,
 * times the scale. Files are replaced atomically: a failed export leaves the old
 * file as it was.
 */
public final class DiagramExport {

    /** Room around the diagram's nodes and bendpoints, in diagram units. */
    public static final int MARGIN = 20;

    /** Larger images are refused rather than risk running out of memory (50 megapixels: 200 MB). */
    public static final long MAX_PIXELS = 50_000_000L;

    private DiagramExport() {
    }

    /** The size of the PNG image of the projection's diagram at {@code scale}, with or without its legend. */
    public static ImageSize pngSize(DiagramProjection projection, double scale, boolean legend) {
        return Picture.of(projection, legend).size(scale);
    }

    public static ImageSize pngSize(DiagramProjection projection, double scale) {
        return pngSize(projection, scale, false);
    }

    /** Paints the diagram (and, when asked, its legend to the right) into a new image. */
    public static BufferedImage image(DiagramProjection projection, double scale, boolean legend) {
        checkScale(scale);
        Picture picture = Picture.of(projection, legend);
        ImageSize size = picture.size(scale);
        if (size.pixels() > MAX_PIXELS) {
            throw new ImageTooLargeException(size, MAX_PIXELS);
        }
        return picture.paint(scale, new mxImageCanvas(new DiagramCanvas(), size.width(), size.height(), Color.WHITE,
                true)).destroy();
    }

    public static BufferedImage image(DiagramProjection projection, double scale) {
        return image(projection, scale, false);
    }

    public static byte[] png(DiagramProjection projection, double scale, boolean legend) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image(projection, scale, legend), "png", bytes)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return bytes.toByteArray();
    }

    public static byte[] png(DiagramProjection projection, double scale) throws IOException {
        return png(projection, scale, false);
    }

    /** The diagram as an SVG document (UTF-8), in diagram units: one text element per label. */
    public static byte[] svg(DiagramProjection projection, boolean legend) {
        Picture picture = Picture.of(projection, legend);
        ImageSize size = picture.size(1);
        Document document = picture.paint(1, new mxSvgCanvas(mxDomUtils.createSvgDocument(size.width(),
                size.height()))).getDocument();
        whiteBackground(document, size);
        return serialize(document);
    }

    public static byte[] svg(DiagramProjection projection) {
        return svg(projection, false);
    }

    public static void writePng(DiagramProjection projection, double scale, boolean legend, Path target)
            throws IOException {
        AtomicFileWriter.withoutBackup().write(target, png(projection, scale, legend));
    }

    public static void writeSvg(DiagramProjection projection, boolean legend, Path target) throws IOException {
        AtomicFileWriter.withoutBackup().write(target, svg(projection, legend));
    }

    private static void checkScale(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, not " + scale);
        }
    }

    /** SVG viewers show no background by default; the PNG has a white one, and so does the SVG. */
    private static void whiteBackground(Document document, ImageSize size) {
        Element root = document.getDocumentElement();
        Element background = document.createElement("rect");
        background.setAttribute("x", "0");
        background.setAttribute("y", "0");
        background.setAttribute("width", String.valueOf(size.width()));
        background.setAttribute("height", String.valueOf(size.height()));
        background.setAttribute("fill", "#FFFFFF");
        root.insertBefore(background, root.getFirstChild());
    }

    private static byte[] serialize(Document document) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(text));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML serializer failed on an SVG document", e);
        }
    }
}
