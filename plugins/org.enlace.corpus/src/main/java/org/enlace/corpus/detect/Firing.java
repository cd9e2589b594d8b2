package org.enlace.corpus.detect;

import org.enlace.corpus.detect.PackSection.Kind;

/**
 * A clause that matched, for explanations and highlighting.
 *
 * @param kind the section kind of the clause
 * @param code the target or GCM objective of its section, empty for the other kinds
 * @param clause the clause as written in the pack
 * @param weight what it adds when it counts
 * @param start first character of the match (in the passage, or in the heading when {@code inHeading})
 * @param end character after the match
 * @param inHeading whether it matched the heading rather than the passage
 * @param excluded whether an exclusion clause covers it, so it does not count
 */
public record Firing(Kind kind, String code, String clause, double weight, int start, int end, boolean inHeading,
        boolean excluded) {
}
