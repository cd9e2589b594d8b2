package org.enlace.corpus.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the heading a passage sits under in the plain text of its document, for scoring with
 * context when only the passage text is known (labelled files). A heading is a Markdown
 * {@code #} line or a short line in capitals, the rule the labelled set's segmentation uses
 * ({@code paragraphs.py}, {@code _is_heading}).
 */
public final class Headings {

    /** Enough words to place a passage; fewer if it is shorter. */
    private static final int ANCHOR_WORDS = 8;
    private static final int MAX_HEADING_LENGTH = 120;
    private static final int MIN_HEADING_LETTERS = 4;
    private static final double CAPITALS = 0.9;

    private Headings() {
    }

    /** The nearest heading line before the passage in {@code document}, or empty if none or not found. */
    public static String before(String document, String passage) {
        String[] words = passage.strip().split("\\s+");
        StringBuilder anchor = new StringBuilder();
        for (int i = 0; i < Math.min(ANCHOR_WORDS, words.length); i++) {
            anchor.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        Matcher m = Pattern.compile(anchor.toString()).matcher(document);
        if (anchor.isEmpty() || !m.find()) {
            return "";
        }
        String[] lines = document.substring(0, m.start()).split("\\R", -1);
        // The passage's own first line may itself be a heading ("ARTÍCULO 15. ..."): skip the line it starts on.
        for (int i = lines.length - 2; i >= 0; i--) {
            String line = lines[i].strip();
            if (isHeading(line)) {
                return line.replaceFirst("^#+\\s*", "");
            }
        }
        return "";
    }

    static boolean isHeading(String line) {
        if (line.startsWith("#")) {
            return true;
        }
        long letters = line.chars().filter(Character::isLetter).count();
        long upper = line.chars().filter(Character::isUpperCase).count();
        return letters >= MIN_HEADING_LETTERS && line.length() <= MAX_HEADING_LENGTH && upper >= CAPITALS * letters;
    }
}
