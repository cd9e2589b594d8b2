package org.enlace.corpus.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.enlace.corpus.search.IndexedPassage;

/**
 * Scores passages and keeps those about human migration as candidate entry points: concrete plan
 * commitments first, then by migration score; passages already reviewed are left out, so running
 * again shows only what is new.
 */
public final class CandidateFinder {

    private static final Comparator<Candidate> RANK = Comparator
            .comparing((Candidate c) -> !c.assessment().entryPoint())
            .thenComparing(c -> -c.assessment().migrationScore())
            .thenComparing(c -> c.passage().documentId())
            .thenComparingInt(c -> c.passage().ordinal());

    private final MigrationScorer scorer;

    public CandidateFinder(MigrationScorer scorer) {
        this.scorer = scorer;
    }

    public List<Candidate> find(List<IndexedPassage> passages, Predicate<IndexedPassage> reviewed) {
        List<Candidate> candidates = new ArrayList<>();
        for (IndexedPassage passage : passages) {
            if (reviewed.test(passage)) {
                continue;
            }
            MigrationAssessment assessment = scorer.assess(passage.text(), lastHeading(passage.heading()),
                    passage.language());
            if (assessment.migration()) {
                candidates.add(new Candidate(passage, assessment));
            }
        }
        candidates.sort(RANK);
        return candidates;
    }

    /** The nearest heading gives the context; the outer ones name chapters and say little. */
    private static String lastHeading(String headingPath) {
        int separator = headingPath.lastIndexOf(" › ");
        return separator < 0 ? headingPath : headingPath.substring(separator + 3);
    }
}
