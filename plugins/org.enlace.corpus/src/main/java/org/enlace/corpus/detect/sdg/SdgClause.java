package org.enlace.corpus.detect.sdg;

import java.util.List;

import org.enlace.corpus.internal.detect.sdg.FoldedTokens;
import org.enlace.corpus.internal.detect.sdg.QueryExpr;
import org.enlace.corpus.internal.detect.sdg.Span;

/** One labelled line of a goal's query pack, e.g. {@code aurora-2.1: (drinking NEAR/3 water)}. */
public record SdgClause(int goal, String label, String expression, QueryExpr query) {

    /** Where the clause fires, as character ranges of the text; empty when it does not. */
    public List<SdgClauseHit> hits(FoldedTokens text) {
        List<Span> spans = query.find(text);
        return spans.stream().distinct()
                .map(s -> new SdgClauseHit(goal, label, text.start(s.first()), text.end(s.last())))
                .toList();
    }
}
