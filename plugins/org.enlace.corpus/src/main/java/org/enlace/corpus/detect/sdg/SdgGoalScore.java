package org.enlace.corpus.detect.sdg;

import java.util.List;

/**
 * One goal's verdict on a text: the evidence (clauses that fired, catalogue similarity, learned
 * vocabulary similarity), whether the text was weighed as English, the score made of it and
 * whether it passes the threshold.
 */
public record SdgGoalScore(int goal, List<SdgClauseHit> hits, int clauses, double similarity, double vocabulary,
        boolean english, double score, boolean detected) {

    /** What fitting the vocabulary and the weights needs of this verdict: the evidence that does not depend on them. */
    public SdgEvidence evidence() {
        return new SdgEvidence(clauses, similarity, english);
    }
}
