package org.enlace.model.persistence;

/** Line and column (both 1-based) of text in a file's content, for messages that point at it. */
final class TextPositions {

    private TextPositions() {
    }

    /** Position of the first occurrence of {@code needle}, or {@code {0, 0}} when absent. */
    static int[] lineAndColumnOf(String text, String needle) {
        int index = text.indexOf(needle);
        if (index < 0) {
            return new int[] {0, 0};
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }
}
