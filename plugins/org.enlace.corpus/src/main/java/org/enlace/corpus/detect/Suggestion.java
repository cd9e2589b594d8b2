package org.enlace.corpus.detect;

import java.util.List;

/**
 * A suggested SDG target or GCM objective: its code, its score and why (the clauses that fired for
 * it, and the catalogue title words shared with the passage).
 */
public record Suggestion(String code, double score, List<String> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
