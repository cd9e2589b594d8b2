package org.enlace.corpus.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.enlace.corpus.search.Thesaurus;

/**
 * Queries over the passage text for unfielded words, phrases and patterns.
 * <ul>
 * <li>A word searches each stemmed field with that field's analysis ({@code text_es} Spanish,
 * {@code text_en} English, {@code text_std} folded), so it meets passages of every language in
 * their own stems; also {@code exact} (a small bonus for the very form typed, and the only place
 * a language's stop word such as {@code de} is indexed); a heading with the word adds a little.
 * <li>Quoted phrases, proximity and patterns search {@code exact}: unstemmed, so
 * {@code "trabajadores migrantes"} does not match {@code trabajador migrante}, and wildcard
 * patterns see the words as written (stems would hide {@code remesas} from {@code remes?s}).
 * <li>With a thesaurus, a word or phrase that is an entry also searches the entry's equivalents,
 * which count less than what was typed.
 * </ul>
 */
final class TextQueries {

    static final float EXACT_BOOST = 0.5f;
    static final float HEADING_BOOST = 0.3f;
    static final float EXPANSION_BOOST = 0.5f;

    private final Analyzer analyzer = PassageSchema.indexAnalyzer();
    private final QueryBuilder builder = new QueryBuilder(analyzer);
    private final Thesaurus thesaurus;

    /** {@code thesaurus} empty: no expansion. */
    TextQueries(Thesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    /** An unquoted word; one the analysis splits ({@code COVID-19}) is searched as a phrase. */
    Query word(String text) {
        return expand(text, wordInText(text));
    }

    /** A quoted phrase, with the slop of {@code "..."~N}. */
    Query phrase(String text, int slop) {
        return expand(text, builder.createPhraseQuery(PassageSchema.EXACT, text, slop));
    }

    Query wildcard(String pattern) {
        return new WildcardQuery(new Term(PassageSchema.EXACT, normalise(pattern)));
    }

    Query prefix(String prefix) {
        return new PrefixQuery(new Term(PassageSchema.EXACT, normalise(prefix)));
    }

    /** {@code word~} or {@code word~N}: at most N (default and maximum 2) edits. */
    Query fuzzy(String text, float edits) {
        String term = normalise(text);
        int maxEdits = edits >= 1 ? Math.min((int) edits, 2) : FuzzyQuery.floatToEdits(edits, term.length());
        return new FuzzyQuery(new Term(PassageSchema.EXACT, term), maxEdits);
    }

    Query regexp(String regexp) {
        return new RegexpQuery(new Term(PassageSchema.EXACT, normalise(regexp)));
    }

    /** Lower case and folded like the index; wildcard and regular-expression characters pass unchanged. */
    private String normalise(String text) {
        return analyzer.normalize(PassageSchema.EXACT, text).utf8ToString();
    }

    /**
     * A word in the stemmed fields or as typed; a heading with the word ranks its passages a
     * little higher but matches nothing by itself. {@code null} when the text has no word at all.
     */
    private Query wordInText(String text) {
        List<String> tokens = exactTokens(text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() > 1) {
            return builder.createPhraseQuery(PassageSchema.EXACT, text, 0);
        }
        Set<Query> inText = stemmed(text);
        inText.add(new BoostQuery(new TermQuery(new Term(PassageSchema.EXACT, tokens.get(0))), EXACT_BOOST));
        return new BooleanQuery.Builder()
                .add(anyOf(inText), BooleanClause.Occur.MUST)
                .add(new BoostQuery(new TermQuery(new Term(PassageSchema.HEADING, tokens.get(0))), HEADING_BOOST),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The word in each stemmed field, with that field's analysis; stop words give nothing. */
    private Set<Query> stemmed(String word) {
        Set<Query> queries = new LinkedHashSet<>();
        for (String field : PassageSchema.TEXT_FIELDS) {
            Query query = builder.createBooleanQuery(field, word);
            if (query != null) {
                queries.add(query);
            }
        }
        return queries;
    }

    /**
     * The original, or any equivalent at a lower weight. Equivalents count as one, the best of
     * them rather than their sum, so a concept with many spellings does not outweigh what was
     * typed; their words are gathered as distinct stemmed terms ({@code migrante} and
     * {@code migrantes} are one term), multiword equivalents as phrases.
     */
    private Query expand(String text, Query original) {
        List<String> equivalents = thesaurus.expansions(text);
        if (original == null || equivalents.isEmpty()) {
            return original;
        }
        Set<Query> alternatives = new LinkedHashSet<>();
        for (String equivalent : equivalents) {
            int size = exactTokens(equivalent).size();
            if (size > 1) {
                alternatives.add(builder.createPhraseQuery(PassageSchema.EXACT, equivalent, 0));
            } else if (size == 1) {
                alternatives.addAll(stemmed(equivalent));
            }
        }
        if (alternatives.isEmpty()) {
            return original;
        }
        return new BooleanQuery.Builder()
                .add(original, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new DisjunctionMaxQuery(alternatives, 0f), EXPANSION_BOOST),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query anyOf(Set<Query> clauses) {
        if (clauses.size() == 1) {
            return clauses.iterator().next();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        clauses.forEach(clause -> any.add(clause, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private List<String> exactTokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(PassageSchema.EXACT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analysis of an in-memory string does no I/O.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
