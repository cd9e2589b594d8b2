package org.enlace.corpus.internal.extract;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * The heading level of a Word paragraph: from its own outline level, or from its style (by name in
 * English or Spanish, by id, by the style's outline level, or by the style it is based on).
 */
final class DocxHeadings {

    /** "heading 1", "Heading1", "Título 1", "Titulo1", and Word's Spanish style id "Ttulo1". */
    private static final Pattern HEADING = Pattern.compile("(?:heading|t[íi]?tulo)\\s*([1-9])");
    private static final Pattern TITLE = Pattern.compile("title|t[íi]?tulo");
    private static final int BODY_TEXT_OUTLINE = 9;
    private static final int MAX_BASED_ON = 10;

    private final XWPFStyles styles;
    private final Map<String, Integer> levelByStyle = new HashMap<>();

    DocxHeadings(XWPFStyles styles) {
        this.styles = styles;
    }

    /** 1 for a top heading, 0 for body text. */
    int level(XWPFParagraph paragraph) {
        CTPPr properties = paragraph.getCTP().getPPr();
        if (properties != null && properties.isSetOutlineLvl()) {
            return outlineLevel(properties.getOutlineLvl().getVal());
        }
        String styleId = paragraph.getStyleID();
        return styleId == null ? 0 : levelByStyle.computeIfAbsent(styleId, id -> styleLevel(id, 0));
    }

    private int styleLevel(String styleId, int depth) {
        XWPFStyle style = styles == null ? null : styles.getStyle(styleId);
        int byName = levelFromName(style != null && style.getName() != null ? style.getName() : styleId);
        if (byName > 0 || style == null) {
            return byName > 0 ? byName : levelFromName(styleId);
        }
        CTPPrGeneral properties = style.getCTStyle().getPPr();
        if (properties != null && properties.isSetOutlineLvl()) {
            return outlineLevel(properties.getOutlineLvl().getVal());
        }
        String basedOn = style.getBasisStyleID();
        return basedOn != null && depth < MAX_BASED_ON ? styleLevel(basedOn, depth + 1) : levelFromName(styleId);
    }

    static int levelFromName(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        Matcher heading = HEADING.matcher(lower);
        if (heading.matches()) {
            return Integer.parseInt(heading.group(1));
        }
        return TITLE.matcher(lower).matches() ? 1 : 0;
    }

    private static int outlineLevel(BigInteger value) {
        int outline = value == null ? BODY_TEXT_OUTLINE : value.intValue();
        return outline >= 0 && outline < BODY_TEXT_OUTLINE ? outline + 1 : 0;
    }
}
