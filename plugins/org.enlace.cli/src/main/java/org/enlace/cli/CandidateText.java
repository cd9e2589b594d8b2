package org.enlace.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.enlace.corpus.detect.Candidate;
import org.enlace.corpus.detect.Firing;
import org.enlace.corpus.detect.PackSection;
import org.enlace.corpus.detect.Suggestion;
import org.enlace.corpus.search.Mark;

/** The parts of a candidate's explanation that the table, CSV and JSON outputs share. */
final class CandidateText {

    private CandidateText() {
    }

    /** The passage with every counted clause match in [brackets]. */
    static String marked(Candidate candidate) {
        String text = candidate.passage().text();
        List<Mark> spans = new ArrayList<>();
        for (Firing firing : candidate.assessment().firings()) {
            if (!firing.inHeading() && !firing.excluded() && firing.kind() != PackSection.Kind.EXCLUDE
                    && firing.end() > firing.start() && firing.end() <= text.length()) {
                spans.add(new Mark(firing.start(), firing.end()));
            }
        }
        spans.sort(Comparator.comparingInt(Mark::start));
        List<Mark> disjoint = new ArrayList<>();
        for (Mark span : spans) {
            if (disjoint.isEmpty() || span.start() >= disjoint.get(disjoint.size() - 1).end()) {
                disjoint.add(span);
            }
        }
        return SearchTable.bracketed(text, disjoint);
    }

    /** The distinct clauses that counted, by kind: {@code migration: "población migrante"; commitment: garantizar}. */
    static String clauses(Candidate candidate) {
        return candidate.assessment().firings().stream().filter(firing -> !firing.excluded())
                .map(firing -> firing.kind().name().toLowerCase(Locale.ROOT)
                        + (firing.code().isEmpty() ? "" : " " + firing.code()) + ": " + firing.clause())
                .distinct().collect(Collectors.joining("; "));
    }

    /** The clauses that matched but were masked by an exclusion (look-alike senses). */
    static String excluded(Candidate candidate) {
        return candidate.assessment().firings().stream().filter(Firing::excluded).map(Firing::clause).distinct()
                .collect(Collectors.joining("; "));
    }

    /** {@code 10.7 (2.0: …), 3.8 (1.2: …)} for the first {@code n} suggestions. */
    static String suggestions(List<Suggestion> suggestions, int n) {
        return suggestions.stream().limit(n)
                .map(s -> s.code() + " (" + String.format(Locale.ROOT, "%.1f", s.score())
                        + (s.reasons().isEmpty() ? "" : ": " + String.join(", ", s.reasons())) + ")")
                .collect(Collectors.joining(", "));
    }

    static String codes(List<Suggestion> suggestions, int n) {
        return suggestions.stream().limit(n).map(Suggestion::code).collect(Collectors.joining(";"));
    }
}
