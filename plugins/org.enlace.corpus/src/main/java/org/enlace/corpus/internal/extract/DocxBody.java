package org.enlace.corpus.internal.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.extract.ExtractionException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * The paragraphs of a Word body in order (table cells and content controls included) with their
 * page breaks. Word records where pages began at its last save ({@code w:lastRenderedPageBreak});
 * when a file has those markers they are the pages, including those that hard breaks began.
 * Otherwise (files written by other programs) only hard page and section breaks count.
 */
final class DocxBody {

    private sealed interface Item permits Text, Break {
    }

    private record Text(int level, String text) implements Item {
    }

    private record Break(boolean explicit, boolean rendered) implements Item {
    }

    private final XWPFDocument document;
    private final Cancellation cancellation;
    private final DocxHeadings headings;
    private final List<Item> items = new ArrayList<>();

    DocxBody(XWPFDocument document, Cancellation cancellation) {
        this.document = document;
        this.cancellation = cancellation;
        this.headings = new DocxHeadings(document.getStyles());
    }

    ExtractedDocument extract(long maxTextChars) throws ExtractionException {
        for (IBodyElement element : document.getBodyElements()) {
            cancellation.check();
            read(element);
        }
        boolean rendered = items.stream().anyMatch(item -> item instanceof Break b && b.rendered());
        DocumentBuilder out = new DocumentBuilder(maxTextChars);
        for (Item item : items) {
            if (item instanceof Text text && text.level() > 0) {
                out.heading(text.level(), text.text());
            } else if (item instanceof Text text) {
                out.paragraph(text.text());
            } else if (item instanceof Break b && (rendered ? b.rendered() : b.explicit())) {
                cancellation.check();
                out.newPage();
            }
        }
        addProperties(out);
        return out.build();
    }

    private void read(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            read(paragraph);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(this::read);
                }
            }
        } else if (element instanceof XWPFSDT control) {
            items.add(new Text(0, control.getContent().getText()));
        }
    }

    private void read(XWPFParagraph paragraph) {
        if (paragraph.isPageBreak()) {
            items.add(new Break(true, false));
        }
        int level = headings.level(paragraph);
        for (DocxParagraphText.Piece piece : DocxParagraphText.of(paragraph.getCTP())) {
            items.add(new Text(level, piece.text()));
            if (piece.explicitBreakAfter() || piece.renderedBreakAfter()) {
                items.add(new Break(piece.explicitBreakAfter(), piece.renderedBreakAfter()));
            }
        }
        if (endsPagedSection(paragraph.getCTP().getPPr())) {
            items.add(new Break(true, false));
        }
    }

    /** A section that ends here and whose successor starts on a new page (the default section type). */
    private static boolean endsPagedSection(CTPPr properties) {
        if (properties == null || !properties.isSetSectPr()) {
            return false;
        }
        var type = properties.getSectPr().getType();
        return type == null || type.getVal() != STSectionMark.CONTINUOUS;
    }

    private void addProperties(DocumentBuilder out) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        out.property("title", core.getTitle());
        out.property("author", core.getCreator());
        out.property("subject", core.getSubject());
        out.property("keywords", core.getKeywords());
        Date created = core.getCreated();
        if (created != null) {
            out.property("created", created.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
    }
}
