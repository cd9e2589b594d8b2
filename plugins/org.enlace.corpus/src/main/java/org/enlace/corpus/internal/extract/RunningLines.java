package org.enlace.corpus.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes running headers, footers and page numbers from the lines of paged text (PDF, pdftotext
 * output). A running line is one that appears, digits aside, near the top (or bottom) of at least
 * 40% of the pages, and of at least three. From each edge of a page, running lines and page
 * numbers are removed among the first {@value #EDGE} lines, and further on as long as nothing but
 * running lines follow: letterheads of whole approval boxes (the Zipaquirá plan repeats 25 lines
 * on every page) go as well as one-line headers, while body text is never searched beyond the edge.
 */
public final class RunningLines {

    static final int EDGE = 3;
    /** How far from each edge lines are counted; only a run of running lines reaches that far. */
    static final int ZONE = 40;
    private static final int MIN_PAGES = 3;
    private static final double MIN_SHARE = 0.4;

    private RunningLines() {
    }

    /** The pages without their running lines; blank lines are kept as paragraph breaks. */
    public static List<List<String>> remove(List<List<String>> pages) {
        Set<String> running = pages.size() >= MIN_PAGES ? findRunning(pages) : Set.of();
        List<List<String>> cleaned = new ArrayList<>(pages.size());
        for (List<String> page : pages) {
            cleaned.add(cleanPage(page, running));
        }
        return cleaned;
    }

    private static Set<String> findRunning(List<List<String>> pages) {
        Map<String, Integer> topCounts = new HashMap<>();
        Map<String, Integer> bottomCounts = new HashMap<>();
        for (List<String> page : pages) {
            count(zone(page, true), topCounts);
            count(zone(page, false), bottomCounts);
        }
        int threshold = Math.max(MIN_PAGES, (int) Math.ceil(MIN_SHARE * pages.size()));
        Set<String> running = new HashSet<>();
        topCounts.forEach((key, count) -> addIfFrequent(running, key, count, threshold));
        bottomCounts.forEach((key, count) -> addIfFrequent(running, key, count, threshold));
        return running;
    }

    private static void addIfFrequent(Set<String> running, String key, int count, int threshold) {
        if (count >= threshold) {
            running.add(key);
        }
    }

    /** Counts each distinct line of a zone once per page. */
    private static void count(List<String> zone, Map<String, Integer> counts) {
        Set<String> seen = new HashSet<>();
        for (String line : zone) {
            String key = key(line);
            if (!key.isEmpty() && seen.add(key)) {
                counts.merge(key, 1, Integer::sum);
            }
        }
    }

    /** The first (or last) {@value #ZONE} non-blank lines of a page, where running lines are counted. */
    private static List<String> zone(List<String> page, boolean top) {
        List<String> zone = new ArrayList<>(ZONE);
        for (int i = 0; i < page.size() && zone.size() < ZONE; i++) {
            String line = page.get(top ? i : page.size() - 1 - i);
            if (!line.isBlank()) {
                zone.add(line);
            }
        }
        return zone;
    }

    /** Digits vary from page to page ("Página 3", "Página 4"); case and spacing do not matter. */
    static String key(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    private static List<String> cleanPage(List<String> page, Set<String> running) {
        List<String> lines = new ArrayList<>(page);
        trimEdge(lines, running, true);
        trimEdge(lines, running, false);
        return lines;
    }

    /**
     * Drops running lines and page numbers among the first (or last) {@value #EDGE} non-blank lines,
     * and after those while the lines are running ones.
     */
    private static void trimEdge(List<String> lines, Set<String> running, boolean top) {
        int seen = 0;
        int index = top ? 0 : lines.size() - 1;
        while (index >= 0 && index < lines.size() && seen < ZONE) {
            String line = lines.get(index);
            if (line.isBlank()) {
                index += top ? 1 : -1;
                continue;
            }
            seen++;
            if (running.contains(key(line)) || PageNumbers.isPageNumber(line)) {
                lines.remove(index);
                if (!top) {
                    index--;
                }
            } else if (seen > EDGE) {
                return;
            } else {
                index += top ? 1 : -1;
            }
        }
    }
}
