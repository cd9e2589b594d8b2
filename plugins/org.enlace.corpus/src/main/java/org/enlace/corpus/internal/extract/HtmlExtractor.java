package org.enlace.corpus.internal.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.extract.DocumentExtractor;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.extract.ExtractionException;
import org.enlace.corpus.extract.ExtractionFailure;
import org.enlace.corpus.extract.ExtractionLimits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML through jsoup (charset from the BOM or meta tag, entities decoded). Navigation, page
 * furniture and scripts are dropped; headings become heading blocks and every other block-level
 * element contributes the text directly inside it as a paragraph. One page.
 */
public final class HtmlExtractor implements DocumentExtractor {

    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, "
            + "form, button, select, svg, iframe, object";

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "caption",
            "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3",
            "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "center");

    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits, Cancellation cancellation)
            throws ExtractionException {
        InMemoryLimit.check(file, limits);
        Document html;
        try {
            html = Jsoup.parse(file.toFile(), null, file.toUri().toString());
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.UNREADABLE, Failures.shortDetail(e), e);
        }
        cancellation.check();
        html.select(DROPPED).remove();
        DocumentBuilder out = new DocumentBuilder(limits.maxTextChars());
        new Walker(out).block(html.body());
        if (out.isEmpty()) {
            throw new ExtractionException(ExtractionFailure.NO_TEXT, "the page has no text");
        }
        out.property("title", html.title());
        out.property("title", out.firstHeading());
        out.property("author", meta(html, "author"));
        out.property("subject", meta(html, "description"));
        out.property("keywords", meta(html, "keywords"));
        return out.build();
    }

    private static String meta(Document html, String name) {
        Element meta = html.selectFirst("meta[name=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }

    /** Collects the inline text of a block until a nested block interrupts it. */
    private static final class Walker {
        private final DocumentBuilder out;
        private final StringBuilder inline = new StringBuilder();

        Walker(DocumentBuilder out) {
            this.out = out;
        }

        void block(Element element) throws ExtractionException {
            flush();
            String tag = element.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                out.heading(tag.charAt(1) - '0', element.text());
                return;
            }
            if (tag.equals("pre")) {
                out.paragraph(element.wholeText());
                return;
            }
            children(element);
            flush();
        }

        private void children(Element element) throws ExtractionException {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    inline.append(text.text());
                } else if (child instanceof Element nested && BLOCKS.contains(nested.normalName())) {
                    block(nested);
                } else if (child instanceof Element nested && nested.normalName().equals("br")) {
                    inline.append('\n');
                } else if (child instanceof Element nested && !nested.normalName().equals("img")) {
                    children(nested);
                }
            }
        }

        private void flush() throws ExtractionException {
            if (!inline.isEmpty()) {
                out.paragraph(inline.toString());
                inline.setLength(0);
            }
        }
    }
}
