package org.enlace.corpus.detect;

import java.util.List;

/**
 * A block of a query pack: its kind, the code of the SDG target or GCM objective it is about
 * (empty for the other kinds) and its clauses.
 */
public record PackSection(Kind kind, String code, List<PackClause> clauses) {

    /** What the clauses of a section are evidence of. */
    public enum Kind {
        /** The passage is about human migration. */
        MIGRATION,
        /** The passage states a plan commitment (goal, measure, "impulsaremos") rather than a diagnosis. */
        COMMITMENT,
        /** A look-alike: words inside its match do not count for any other section. */
        EXCLUDE,
        /** An SDG target the passage concerns. */
        TARGET,
        /** A GCM objective the passage concerns. */
        GCM
    }

    public PackSection {
        clauses = List.copyOf(clauses);
    }
}
