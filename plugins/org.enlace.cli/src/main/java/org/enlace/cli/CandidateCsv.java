package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.enlace.corpus.detect.Candidate;

/** Candidates for spreadsheets: one row each, with scores, suggested codes and the clauses that fired. */
final class CandidateCsv {

    private static final String[] HEADER = {"rank", "id", "document", "title", "page", "entry_point",
        "migration_score", "commitment_score", "sdg_targets", "gcm_objectives", "clauses", "text"};

    private CandidateCsv() {
    }

    static void print(List<Candidate> shown, PrintWriter out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
            int rank = 1;
            for (Candidate c : shown) {
                csv.printRecord(rank++, c.id(), c.passage().documentId(), c.passage().documentTitle(),
                        c.passage().page(), c.assessment().entryPoint() ? 1 : 0,
                        String.format(Locale.ROOT, "%.2f", c.assessment().migrationScore()),
                        String.format(Locale.ROOT, "%.2f", c.assessment().commitmentScore()),
                        CandidateText.codes(c.assessment().targets(), 3),
                        CandidateText.codes(c.assessment().objectives(), 3), CandidateText.clauses(c),
                        c.passage().text());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
