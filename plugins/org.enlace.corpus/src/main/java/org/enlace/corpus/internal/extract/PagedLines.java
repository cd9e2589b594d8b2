package org.enlace.corpus.internal.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.enlace.corpus.extract.TextCleaner;

/**
 * Paged text as cleaned lines: pages split at form feeds, each page cleaned whole (so blank lines,
 * the paragraph breaks, survive as single empty lines) and then split into lines.
 */
final class PagedLines {

    private PagedLines() {
    }

    static List<List<String>> split(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<List<String>> pages = new ArrayList<>();
        for (String page : unified.split("\f", -1)) {
            pages.add(lines(page));
        }
        return pages;
    }

    static List<String> lines(String page) {
        return new ArrayList<>(Arrays.asList(TextCleaner.clean(page).split("\n", -1)));
    }
}
