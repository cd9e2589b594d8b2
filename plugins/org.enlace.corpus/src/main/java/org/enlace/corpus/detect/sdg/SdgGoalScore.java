package org.enlace.corpus.detect.sdg;

import java.util.List;

/**
 * One goal's verdict on a text: the evidence (clauses that fired, catalogue similarity, learned
 * vocabulary similarity), the score made of it and whether it passes the threshold.
 */
public record SdgGoalScore(int goal, List<SdgClauseHit> hits, int clauses, double similarity, double vocabulary,
        double score, boolean detected) {
}
