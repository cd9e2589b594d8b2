package org.enlace.diagram.style;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width in a font, at spaces, cutting words longer than a line.
 * Measures with the font itself, so it needs no display; the diagram draws the lines as given,
 * the same in the editor, PNG and SVG.
 */
public final class LabelWrapper {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "…";

    private final Font font;

    public LabelWrapper(Font font) {
        this.font = font;
    }

    /**
     * The lines of {@code text} no wider than {@code width}, at most {@code maxLines}; a text cut
     * short ends with an ellipsis.
     */
    public List<String> wrap(String text, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits(candidate, width)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (!fits(rest, width) && rest.length() > 1) {
                int cut = longestFittingPrefix(rest, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return limit(lines, width, maxLines);
    }

    public double widthOf(String text) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    private boolean fits(String text, double width) {
        return widthOf(text) <= width;
    }

    private int longestFittingPrefix(String word, double width) {
        int cut = 1;
        while (cut < word.length() && fits(word.substring(0, cut + 1), width)) {
            cut++;
        }
        return cut;
    }

    private List<String> limit(List<String> lines, double width, int maxLines) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && !fits(last + ELLIPSIS, width)) {
            last = last.substring(0, last.length() - 1);
        }
        kept.set(maxLines - 1, last.stripTrailing() + ELLIPSIS);
        return kept;
    }
}
