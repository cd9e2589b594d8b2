package org.enlace.corpus.internal.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.enlace.corpus.extract.ExtractionException;

/**
 * Turns the hard-wrapped lines of one page (PDF, pdftotext output, plain text, Markdown converted
 * from PDF) into headings and paragraphs. A paragraph ends at a blank line (unless the sentence
 * visibly goes on), before a heading or a list item, and after a short line that closes a sentence;
 * its lines are joined with a space, and a word hyphenated at a line end ("migra-" / "ción") is
 * joined again.
 */
public final class WrappedText {

    /** A bullet or an enumeration ("a)", "1.", "iv)") opens a new paragraph: one list item each. */
    private static final Pattern LIST_ITEM = Pattern.compile("(?u)(?:[•▪◦●■□‣⁃·*–—-]\\s|(?:\\d{1,3}|[a-zñ]|[ivx]{1,4})[.)]\\s).*");

    /** Lines needed on a page before a short line can be told from a full one. */
    private static final int MIN_LINES_FOR_WIDTH = 5;
    /** A sentence ending on a line this much shorter than a full line ends its paragraph. */
    private static final double SHORT_LINE = 0.75;

    private final DocumentBuilder out;
    private final int fullWidth;
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder heading = new StringBuilder();
    private int headingLevel;
    private boolean gap;

    private WrappedText(DocumentBuilder out, int fullWidth) {
        this.out = out;
        this.fullWidth = fullWidth;
    }

    /**
     * The length of a full line of the page's text column (the 80th percentile of line lengths),
     * or 0 when the page has too few lines to tell.
     */
    private static int fullWidth(List<String> lines) {
        int[] lengths = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).mapToInt(String::length)
                .sorted().toArray();
        return lengths.length < MIN_LINES_FOR_WIDTH ? 0 : lengths[(int) (0.8 * (lengths.length - 1))];
    }

    /** Appends the blocks of one page's lines (already without running headers and footers). */
    public static void appendPage(List<String> lines, DocumentBuilder out) throws ExtractionException {
        WrappedText page = new WrappedText(out, fullWidth(lines));
        for (int i = 0; i < lines.size(); i++) {
            page.accept(lines.get(i).strip(), nextLine(lines, i));
        }
        page.flushParagraph();
        page.flushHeading();
    }

    /** The next non-blank line: a wrapped sentence may go on after a paragraph gap PDFBox saw. */
    private static String nextLine(List<String> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "";
    }

    private void accept(String line, String next) throws ExtractionException {
        if (line.isEmpty()) {
            // A heading stays open across the gap: its next line may continue it ("TÍTULO I" / "PARTE GENERAL").
            gap = true;
            return;
        }
        if (gap && !continuesAcrossGap(line)) {
            flushParagraph();
        }
        gap = false;
        int level = continuesSentence(next) ? 0 : HeadingHeuristic.level(line);
        if (level > 0) {
            flushParagraph();
            addHeadingLine(line, level);
            return;
        }
        int continuation = heading.isEmpty() || endsSentence(heading) ? 0 : HeadingHeuristic.titleContinuation(line);
        if (continuation > 0) {
            heading.append(' ').append(line, 0, continuation);
            line = line.substring(continuation).strip();
        }
        int prefix = HeadingHeuristic.headingPrefix(line);
        if (prefix > 0) {
            flushParagraph();
            addHeadingLine(line.substring(0, prefix), HeadingHeuristic.level(line.substring(0, prefix)));
            line = line.substring(prefix).strip();
        }
        flushHeading();
        if (LIST_ITEM.matcher(line).matches() || prefix > 0) {
            flushParagraph();
        }
        appendToParagraph(line);
        if (endsParagraph(line)) {
            flushParagraph();
        }
    }

    /**
     * Text without blank lines between paragraphs (pdftotext output, Markdown converted from PDF)
     * still shows where a paragraph ends: its last line is short and closes a sentence.
     */
    private boolean endsParagraph(String line) {
        return fullWidth > 0 && line.length() < SHORT_LINE * fullWidth && endsSentence(line.replaceAll("[”\"’')\\]]+$", ""));
    }

    /**
     * PDFBox sees a paragraph gap between every line of text set with wide line spacing; a line
     * that starts in lower case, or follows a comma or a word like "de", continues the paragraph.
     */
    private boolean continuesAcrossGap(String line) {
        if (paragraph.isEmpty()) {
            return false;
        }
        if (continuesSentence(line)) {
            return true;
        }
        String text = paragraph.toString();
        String lastWord = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return !LIST_ITEM.matcher(line).matches() && (text.endsWith(",") || HeadingHeuristic.isFunctionWord(lastWord));
    }

    /** A line that starts in lower case continues the sentence of the line before it. */
    private static boolean continuesSentence(String next) {
        return !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
    }

    /**
     * A heading wrapped over two lines ("ARTÍCULO 4°. EJES TRANSVERSALES DEL PLAN NACIONAL DE" /
     * "DESARROLLO.") or a keyword line followed by its title in capitals ("TÍTULO I" / "PARTE
     * GENERAL") is one heading.
     */
    private void addHeadingLine(String line, int level) throws ExtractionException {
        boolean continues = !heading.isEmpty() && !endsSentence(heading) && HeadingHeuristic.isAllCapitals(line)
                && level == 1 && !Character.isDigit(line.charAt(0));
        if (continues) {
            heading.append(' ').append(line);
            return;
        }
        flushHeading();
        heading.append(line);
        headingLevel = level;
    }

    private static boolean endsSentence(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ':' || last == '?' || last == '!';
    }

    /** The lines of one paragraph on one line, hyphenated words joined again. */
    public static String join(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                appendLine(joined, trimmed);
            }
        }
        return joined.toString();
    }

    private void appendToParagraph(String line) {
        appendLine(paragraph, line);
    }

    private static void appendLine(StringBuilder paragraph, String line) {
        if (paragraph.isEmpty()) {
            paragraph.append(line);
            return;
        }
        int last = paragraph.length() - 1;
        char end = paragraph.charAt(last);
        int first = line.codePointAt(0);
        if (isHyphen(end) && last > 0 && Character.isLetter(paragraph.charAt(last - 1)) && Character.isLowerCase(first)) {
            paragraph.setLength(last);
        } else if (isHyphen(end) && last > 0 && Character.isDigit(paragraph.charAt(last - 1)) && Character.isDigit(first)) {
            // "2022-" / "2026": a range broken at the line end.
        } else if (end == '\u00AD') {
            paragraph.setLength(last);
        } else {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u00AD';
    }

    private void flushParagraph() throws ExtractionException {
        if (!paragraph.isEmpty()) {
            out.paragraph(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private void flushHeading() throws ExtractionException {
        if (!heading.isEmpty()) {
            out.heading(headingLevel, heading.toString());
            heading.setLength(0);
        }
    }
}
