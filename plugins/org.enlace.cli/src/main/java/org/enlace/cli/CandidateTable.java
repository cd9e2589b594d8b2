package org.enlace.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.enlace.corpus.detect.Candidate;
import org.enlace.corpus.search.IndexedPassage;

/** Candidates for people: one block each, with the passage, what fired and what it suggests. */
final class CandidateTable {

    private final PrintWriter out;

    CandidateTable(PrintWriter out) {
        this.out = out;
    }

    void print(int total, List<Candidate> shown) {
        out.println(CliText.get("candidates.total", total, shown.size()));
        int rank = 1;
        for (Candidate candidate : shown) {
            IndexedPassage passage = candidate.passage();
            out.println();
            out.println(CliText.get(candidate.assessment().entryPoint() ? "candidates.entryPoint" : "candidates.mention",
                    rank++, candidate.id(), passage.documentTitle(), passage.page(),
                    String.format(Locale.ROOT, "%.1f", candidate.assessment().migrationScore()),
                    String.format(Locale.ROOT, "%.1f", candidate.assessment().commitmentScore())));
            if (!passage.heading().isEmpty()) {
                out.println("   " + CliText.get("search.heading", passage.heading()));
            }
            out.println("   " + CandidateText.marked(candidate));
            out.println("   " + CliText.get("candidates.why", CandidateText.clauses(candidate)));
            String excluded = CandidateText.excluded(candidate);
            if (!excluded.isEmpty()) {
                out.println("   " + CliText.get("candidates.excluded", excluded));
            }
            out.println("   " + CliText.get("candidates.sdg", CandidateText.suggestions(candidate.assessment().targets(), 3)));
            if (!candidate.assessment().objectives().isEmpty()) {
                out.println("   " + CliText.get("candidates.gcm",
                        CandidateText.suggestions(candidate.assessment().objectives(), 3)));
            }
        }
    }
}
