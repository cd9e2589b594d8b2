package org.enlace.corpus.detect.sdg;

/**
 * What a text shows of one goal before the learned vocabulary and the weights are applied: the
 * query-pack clauses that fired, the catalogue similarity, and whether the text is English.
 */
public record SdgEvidence(int clauses, double similarity, boolean english) {
}
