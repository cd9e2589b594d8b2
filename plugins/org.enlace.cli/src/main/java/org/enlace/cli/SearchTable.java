package org.enlace.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enlace.corpus.search.FacetValue;
import org.enlace.corpus.search.IndexedPassage;
import org.enlace.corpus.search.Mark;
import org.enlace.corpus.search.SearchHit;
import org.enlace.corpus.search.SearchResult;

/**
 * Search results for people: one block per hit (rank, document, page, score, then the snippet
 * with matched words in bold on a terminal, in [brackets] elsewhere), facet counts at the end.
 */
final class SearchTable {

    private final PrintWriter out;
    private final String open;
    private final String close;

    SearchTable(PrintWriter out, boolean terminal) {
        this.out = out;
        this.open = terminal ? "\u001b[1m" : "[";
        this.close = terminal ? "\u001b[0m" : "]";
    }

    void print(SearchResult result, boolean withFacets) {
        out.println(CliText.get(result.totalHitsExact() ? "search.total" : "search.totalAtLeast", result.totalHits(),
                result.hits().size()));
        int rank = 1;
        for (SearchHit hit : result.hits()) {
            IndexedPassage passage = hit.passage();
            out.println();
            out.println(CliText.get("search.hit", rank++, passage.documentTitle(), passage.page(),
                    String.format(Locale.ROOT, "%.2f", hit.score()), passage.id()));
            if (!passage.heading().isEmpty()) {
                out.println("   " + CliText.get("search.heading", passage.heading()));
            }
            out.println("   " + marked(hit.snippet(), hit.marks()));
        }
        if (withFacets) {
            printFacets(result.facets());
        }
    }

    String marked(String snippet, List<Mark> marks) {
        return mark(snippet, marks, open, close);
    }

    /** {@code text} with each of the ascending, non-overlapping {@code marks} in [brackets]. */
    static String bracketed(String text, List<Mark> marks) {
        return mark(text, marks, "[", "]");
    }

    private static String mark(String snippet, List<Mark> marks, String open, String close) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (Mark mark : marks) {
            text.append(snippet, at, mark.start()).append(open).append(snippet, mark.start(), mark.end())
                    .append(close);
            at = mark.end();
        }
        return text.append(snippet.substring(at)).toString();
    }

    private void printFacets(Map<String, List<FacetValue>> facets) {
        for (Map.Entry<String, List<FacetValue>> facet : facets.entrySet()) {
            out.println();
            out.println(CliText.get("search.facet", facet.getKey()));
            for (FacetValue value : facet.getValue()) {
                String label = value.label().equals(value.value()) ? value.value()
                        : value.value() + " (" + value.label() + ")";
                out.println(String.format(Locale.ROOT, "  %6d  %s", value.count(), label));
            }
        }
    }
}
