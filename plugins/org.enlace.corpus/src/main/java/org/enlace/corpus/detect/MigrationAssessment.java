package org.enlace.corpus.detect;

import java.util.List;

/**
 * What the scorer says about one passage.
 *
 * @param migrationScore the weight of migration evidence that counted
 * @param migration whether the passage is about human migration (score at or above the threshold)
 * @param commitmentScore the weight of plan-commitment evidence (passage and heading)
 * @param entryPoint whether it is about migration and states a commitment
 * @param targets SDG targets, best first
 * @param objectives GCM objectives, best first
 * @param firings every clause that matched, counted or excluded, in pack order
 */
public record MigrationAssessment(double migrationScore, boolean migration, double commitmentScore,
        boolean entryPoint, List<Suggestion> targets, List<Suggestion> objectives, List<Firing> firings) {

    public MigrationAssessment {
        targets = List.copyOf(targets);
        objectives = List.copyOf(objectives);
        firings = List.copyOf(firings);
    }

    /** The codes of the first {@code n} targets. */
    public List<String> topTargets(int n) {
        return targets.stream().limit(n).map(Suggestion::code).toList();
    }
}
