package org.enlace.corpus.detect;

import java.util.List;

/**
 * One row of a labelled migration-passages file.
 *
 * @param id the row id
 * @param doc the document path the passage comes from (relative to the data folder)
 * @param text the passage
 * @param migration whether it is about human migration
 * @param entryPoint whether it is a migration entry point
 * @param targets its SDG targets, most direct first (empty when not about migration)
 */
public record LabelledPassage(String id, String doc, String text, boolean migration, boolean entryPoint,
        List<String> targets) {

    public LabelledPassage {
        targets = List.copyOf(targets);
    }
}
