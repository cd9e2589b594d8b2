package org.enlace.corpus.extract;

import java.text.Normalizer;

/**
 * Makes extracted text safe to index and show: NFC, {@code \n} as the only control character,
 * no invisible or broken characters, single spaces, at most one blank line in a row.
 *
 * <p>Extractors clean each piece (paragraph, heading, line) before they assemble the document, so
 * that the offsets they record always point into the final text. A form feed is turned into a
 * line break here: extractors that treat it as a page break split on it before cleaning.
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    /** The cleaned text, without leading or trailing blank lines and spaces. */
    public static String clean(String raw) {
        String mapped = mapCharacters(raw);
        String composed = Normalizer.isNormalized(mapped, Normalizer.Form.NFC) ? mapped
                : Normalizer.normalize(mapped, Normalizer.Form.NFC);
        return tidyLines(composed);
    }

    /** Line breaks to {@code \n}, spaces to ' ', invisible and broken characters removed. */
    private static String mapCharacters(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < length && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(raw.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, raw.charAt(i + 1));
                if (!isPrivateUse(codePoint)) {
                    out.append(c).append(raw.charAt(i + 1));
                }
                i++;
            } else if (isLineBreak(c)) {
                out.append('\n');
            } else if (isSpace(c)) {
                out.append(' ');
            } else if (!isDropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\f' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Tabs and the Unicode space separators (NBSP, thin, ideographic...) read as plain spaces. */
    private static boolean isSpace(char c) {
        return c == '\t' || c == ' ' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * Control characters, lone surrogates, the replacement character, zero-width characters and the
     * BOM, the soft hyphen, non-characters, and private-use code points (symbol-font bullets in
     * PDFs) carry no searchable text and break display.
     */
    private static boolean isDropped(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) || c == '\uFFFD'
                || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\uFFFE' || c == '\uFFFF' || isPrivateUse(c);
    }

    private static boolean isPrivateUse(int codePoint) {
        return Character.getType(codePoint) == Character.PRIVATE_USE;
    }

    /** Collapses spaces, trims every line and keeps at most one blank line between lines of text. */
    private static String tidyLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int blankLines = 0;
        boolean anyLine = false;
        for (String line : text.split("\n", -1)) {
            String tidy = collapseSpaces(line);
            if (tidy.isEmpty()) {
                blankLines++;
                continue;
            }
            if (anyLine) {
                out.append(blankLines > 0 ? "\n\n" : "\n");
            }
            out.append(tidy);
            anyLine = true;
            blankLines = 0;
        }
        return out.toString();
    }

    private static String collapseSpaces(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
