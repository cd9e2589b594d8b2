package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.enlace.corpus.search.IndexedPassage;
import org.enlace.corpus.search.SearchHit;
import org.enlace.corpus.search.SearchResult;

/** Search results for spreadsheets: one row per hit, the matched words in [brackets] in the snippet. */
final class SearchCsv {

    private static final String[] HEADER = {"rank", "id", "document", "title", "page", "score", "heading", "snippet"};

    private SearchCsv() {
    }

    static void print(SearchResult result, PrintWriter out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try {
            CSVPrinter csv = new CSVPrinter(out, format);
            int rank = 1;
            for (SearchHit hit : result.hits()) {
                IndexedPassage passage = hit.passage();
                csv.printRecord(rank++, passage.id(), passage.documentId(), passage.documentTitle(), passage.page(),
                        String.format(Locale.ROOT, "%.4f", hit.score()), passage.heading(),
                        SearchTable.bracketed(hit.snippet(), hit.marks()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
