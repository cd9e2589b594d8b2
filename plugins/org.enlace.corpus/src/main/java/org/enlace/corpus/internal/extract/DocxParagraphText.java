package org.enlace.corpus.internal.extract;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The text of one Word paragraph in document order, cut where a page begins. Reads the XML
 * directly so that text in hyperlinks, fields and content controls is kept, field codes and
 * deleted text are not, and the page-break markers stay in their place among the runs.
 */
final class DocxParagraphText {

    private static final String WORDML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** Text up to a page break and the kind of break that ends it (none for the last piece). */
    record Piece(String text, boolean explicitBreakAfter, boolean renderedBreakAfter) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private DocxParagraphText() {
    }

    /** The pieces of a paragraph: one, unless a page break falls inside it. */
    static List<Piece> of(XmlObject paragraph) {
        DocxParagraphText reader = new DocxParagraphText();
        try (XmlCursor cursor = paragraph.newCursor()) {
            reader.read(cursor);
        }
        reader.pieces.add(new Piece(reader.text.toString(), false, false));
        return reader.pieces;
    }

    private void read(XmlCursor cursor) {
        int depth = 0;
        while (cursor.hasNextToken()) {
            XmlCursor.TokenType token = cursor.toNextToken();
            if (token.isEnd()) {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (token.isStart()) {
                if (element(cursor, cursor.getName())) {
                    depth++;
                } else {
                    cursor.toEndToken();
                }
            }
        }
    }

    /** Handles one element; true when its content is to be read too. */
    private boolean element(XmlCursor cursor, QName name) {
        if (MARKUP_COMPATIBILITY.equals(name.getNamespaceURI())) {
            // mc:Fallback repeats the content of mc:Choice for older readers.
            return !"Fallback".equals(name.getLocalPart());
        }
        if (!WORDML.equals(name.getNamespaceURI())) {
            return true;
        }
        switch (name.getLocalPart()) {
            case "t" -> text.append(cursor.getTextValue());
            case "tab", "ptab" -> text.append('\t');
            case "cr" -> text.append('\n');
            case "noBreakHyphen" -> text.append('-');
            case "br" -> lineOrPageBreak(cursor);
            case "lastRenderedPageBreak" -> cut(false, true);
            case "p" -> {
                // A paragraph nested in a text box: read it, on a line of its own.
                text.append('\n');
                return true;
            }
            case "instrText", "delText", "delInstrText", "fldData", "rPr", "pPr" -> {
                // Field codes, deleted text and formatting are not part of the reading text.
            }
            default -> {
                return true;
            }
        }
        return false;
    }

    private void lineOrPageBreak(XmlCursor cursor) {
        String type = cursor.getAttributeText(new QName(WORDML, "type"));
        if ("page".equals(type)) {
            cut(true, false);
        } else {
            text.append('\n');
        }
    }

    private void cut(boolean explicit, boolean rendered) {
        pieces.add(new Piece(text.toString(), explicit, rendered));
        text.setLength(0);
    }
}
