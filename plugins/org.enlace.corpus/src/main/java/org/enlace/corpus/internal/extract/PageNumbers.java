package org.enlace.corpus.internal.extract;

import java.util.regex.Pattern;

/** Recognises a line that is only a page number: "12", "- 12 -", "Página 12 de 262", "Page 3", "xii". */
public final class PageNumbers {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)[-–—|\\s]*(?:(?:p[áa]g(?:ina)?|page|p)\\.?\\s*)?(?:\\d{1,3}|[ivxlc]{1,6})"
                    + "(?:\\s*(?:de|of|/)\\s*\\d{1,4})?[-–—|\\s]*");

    private PageNumbers() {
    }

    public static boolean isPageNumber(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty() && trimmed.length() <= 24 && PAGE_NUMBER.matcher(trimmed).matches();
    }
}
