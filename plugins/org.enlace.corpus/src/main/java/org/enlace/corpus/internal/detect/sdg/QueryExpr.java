package org.enlace.corpus.internal.detect.sdg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A parsed query-pack expression. {@link #find} returns the spans where it holds, empty when it
 * does not: AND and NOT hold for the whole text, so their spans are those of their positive side.
 */
public sealed interface QueryExpr {

    List<Span> find(FoldedTokens text);

    /** One word pattern: letters, {@code *} for any ending, {@code ?} for one letter. */
    record Word(String pattern, Pattern regex) {
        static Word of(String pattern) {
            String folded = FoldedTokens.fold(pattern);
            String regex = Pattern.quote(folded).replace("*", "\\E\\w*\\Q").replace("?", "\\E\\w\\Q");
            return new Word(folded, Pattern.compile(regex));
        }

        boolean matches(String word) {
            return regex.matcher(word).matches();
        }
    }

    /** A single word or a phrase: consecutive words. */
    record Phrase(List<Word> words) implements QueryExpr {
        @Override
        public List<Span> find(FoldedTokens text) {
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i + words.size() <= text.size(); i++) {
                if (matchesAt(text, i)) {
                    spans.add(new Span(i, i + words.size() - 1));
                }
            }
            return spans;
        }

        private boolean matchesAt(FoldedTokens text, int start) {
            for (int j = 0; j < words.size(); j++) {
                if (!words.get(j).matches(text.word(start + j))) {
                    return false;
                }
            }
            return true;
        }
    }

    record Or(List<QueryExpr> alternatives) implements QueryExpr {
        @Override
        public List<Span> find(FoldedTokens text) {
            List<Span> spans = new ArrayList<>();
            alternatives.forEach(a -> spans.addAll(a.find(text)));
            return spans;
        }
    }

    /** Scopus {@code W/n}: at most {@code distance} words between the two, in either order. */
    record Near(QueryExpr left, QueryExpr right, int distance) implements QueryExpr {
        @Override
        public List<Span> find(FoldedTokens text) {
            List<Span> rights = right.find(text);
            List<Span> spans = new ArrayList<>();
            for (Span l : left.find(text)) {
                for (Span r : rights) {
                    if (Span.gap(l, r) <= distance) {
                        spans.add(Span.cover(l, r));
                    }
                }
            }
            return spans;
        }
    }

    record And(QueryExpr left, QueryExpr right) implements QueryExpr {
        @Override
        public List<Span> find(FoldedTokens text) {
            List<Span> l = left.find(text);
            if (l.isEmpty()) {
                return l;
            }
            List<Span> r = right.find(text);
            if (r.isEmpty()) {
                return r;
            }
            List<Span> spans = new ArrayList<>(l);
            spans.addAll(r);
            return spans;
        }
    }

    record Not(QueryExpr kept, QueryExpr excluded) implements QueryExpr {
        @Override
        public List<Span> find(FoldedTokens text) {
            return excluded.find(text).isEmpty() ? kept.find(text) : List.of();
        }
    }
}
