package org.enlace.corpus.detect;

import java.util.List;

/**
 * One clause of a query pack as written: a term ({@code migrante}, {@code migra*}, {@code *aremos}),
 * a phrase ({@code "trata de personas"}) or a proximity ({@code "trabajadores migrantes"~3}: the
 * words within three positions of each other, in any order).
 *
 * @param text the clause as written, shown in explanations
 * @param terms its words, with any {@code *} kept
 * @param slop for a proximity, the extra positions allowed; -1 for a term or an exact phrase
 * @param weight how much the clause counts when it fires
 * @param line the line of the pack it was read from
 */
public record PackClause(String text, List<String> terms, int slop, double weight, int line) {

    public PackClause {
        terms = List.copyOf(terms);
    }

    public boolean isProximity() {
        return slop >= 0;
    }
}
