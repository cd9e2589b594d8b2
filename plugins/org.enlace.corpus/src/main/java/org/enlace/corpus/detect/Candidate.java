package org.enlace.corpus.detect;

import org.enlace.corpus.search.IndexedPassage;

/** A passage proposed as a migration entry point, with the scorer's reasons. */
public record Candidate(IndexedPassage passage, MigrationAssessment assessment) {

    /** The candidate's id: the passage id, {@code DOCUMENT#N}. */
    public String id() {
        return passage.id();
    }
}
