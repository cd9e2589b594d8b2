package org.enlace.corpus.internal.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.extract.DocumentExtractor;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.extract.ExtractionException;
import org.enlace.corpus.extract.ExtractionLimits;
import org.jsoup.Jsoup;

/**
 * Markdown through commonmark: the rendered plain text (no markup, no link targets), headings as
 * heading blocks, YAML front matter as properties. Markdown converted from PDFs keeps the PDF's
 * page-number lines and hard wrapping: lone page numbers are dropped and wrapped lines joined. A
 * form feed starts a new page.
 */
public final class MarkdownExtractor implements DocumentExtractor {

    private static final Parser PARSER = Parser.builder().extensions(List.of(YamlFrontMatterExtension.create())).build();

    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits, Cancellation cancellation)
            throws ExtractionException {
        InMemoryLimit.check(file, limits);
        String source = TextDecoding.read(file).replace("\r\n", "\n");
        DocumentBuilder out = new DocumentBuilder(limits.maxTextChars());
        String[] pages = source.split("\f", -1);
        for (int i = 0; i < pages.length; i++) {
            cancellation.check();
            if (i > 0) {
                out.newPage();
            }
            Node document = PARSER.parse(pages[i]);
            if (i == 0) {
                addFrontMatter(document, out);
            }
            blocks(document, out);
        }
        out.property("title", out.firstHeading());
        return out.build();
    }

    private static void addFrontMatter(Node document, DocumentBuilder out) {
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        document.accept(visitor);
        for (Map.Entry<String, List<String>> entry : visitor.getData().entrySet()) {
            // YAML's "\_" escape is a no-break space; the front-matter reader leaves escapes as written.
            String value = String.join(", ", entry.getValue()).replace("\\_", " ");
            out.property(entry.getKey().toLowerCase(Locale.ROOT), value);
        }
    }

    private static void blocks(Node parent, DocumentBuilder out) throws ExtractionException {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof YamlFrontMatterBlock || node instanceof ThematicBreak) {
                continue;
            }
            if (node instanceof Heading heading) {
                out.heading(heading.getLevel(), WrappedText.join(lines(heading)));
            } else if (node instanceof Paragraph paragraph) {
                paragraph(lines(paragraph), out);
            } else if (node instanceof FencedCodeBlock code) {
                out.paragraph(code.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                out.paragraph(code.getLiteral());
            } else if (node instanceof HtmlBlock html) {
                out.paragraph(Jsoup.parseBodyFragment(html.getLiteral()).text());
            } else if (node instanceof Block) {
                blocks(node, out);
            }
        }
    }

    /**
     * A paragraph of table rows ("| a | b |") gives one paragraph per row. Lone page numbers are
     * dropped; a single line that reads as a heading (converted PDFs lose their heading marks)
     * gives a heading, several lines the paragraphs and headings that their shape shows.
     */
    private static void paragraph(List<String> lines, DocumentBuilder out) throws ExtractionException {
        long rows = lines.stream().filter(line -> line.strip().startsWith("|")).count();
        if (rows > 0 && rows * 2 >= lines.size()) {
            for (String line : lines) {
                if (!line.matches("[\\s|:\\-]*")) {
                    out.paragraph(line.strip().replaceAll("^\\|\\s*|\\s*\\|$", "").replaceAll("\\s*\\|\\s*", " | "));
                }
            }
            return;
        }
        List<String> text = lines.stream().filter(line -> !PageNumbers.isPageNumber(line)).toList();
        if (text.size() > 1) {
            // Hard-wrapped text converted from a PDF: find its paragraphs, list items and headings.
            WrappedText.appendPage(text, out);
        } else if (text.size() == 1 && HeadingHeuristic.level(text.get(0)) > 0) {
            out.heading(HeadingHeuristic.level(text.get(0)), text.get(0));
        } else if (text.size() == 1) {
            out.paragraph(text.get(0));
        }
    }

    /** The plain text of a block's inline content, one entry per source line (soft line breaks). */
    private static List<String> lines(Node block) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        inline(block, lines, line);
        lines.add(line.toString());
        return lines;
    }

    private static void inline(Node parent, List<String> lines, StringBuilder line) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                line.append(text.getLiteral());
            } else if (node instanceof Code code) {
                line.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (node instanceof HardLineBreak) {
                line.append('\n');
            } else if (!(node instanceof Image || node instanceof HtmlInline)) {
                inline(node, lines, line);
            }
        }
    }
}
