package org.enlace.corpus.internal.index;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.enlace.corpus.search.QuerySyntaxException;
import org.enlace.corpus.search.Thesaurus;

/**
 * Parses the user's query language into a Lucene query over {@link PassageSchema}'s fields.
 *
 * <p>Syntax: Lucene classic (words, {@code "phrases"}, {@code "a b"~3}, AND/OR/NOT/+/-,
 * parentheses, {@code migra*}, {@code remes?s}, {@code word~}, {@code /regexp/}, {@code ^boost}),
 * words joined by AND by default, plus the filters {@code country:}, {@code lang:},
 * {@code level:}, {@code doc:} and {@code year:} ({@link FieldFilters}, {@link YearFilter}).
 * A query of filters or negations alone ({@code country:COL}, {@code -lang:en}) is allowed.
 * Thread-safe: each call parses with its own Lucene parser.
 */
public final class PassageQueryParser {

    private final TextQueries plain = new TextQueries(Thesaurus.empty());
    private final TextQueries expanding;

    /** {@code thesaurus}: what {@code expandSynonyms} widens terms and phrases with. */
    public PassageQueryParser(Thesaurus thesaurus) {
        this.expanding = new TextQueries(thesaurus);
    }

    public Query parse(String query, boolean expandSynonyms) throws QuerySyntaxException {
        QueryPrescan.check(query);
        try {
            Query parsed = new ClassicSyntax(expandSynonyms ? expanding : plain).parse(query);
            return withPositiveClause(parsed);
        } catch (ParseException e) {
            throw SyntaxErrors.translate(query, e);
        }
    }

    /** Lucene matches nothing with negations alone; {@code -lang:en} means "all passages but English ones". */
    private static Query withPositiveClause(Query query) {
        if (!(query instanceof BooleanQuery bool) || bool.clauses().isEmpty()
                || bool.clauses().stream().anyMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT)) {
            return query;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER);
        bool.clauses().forEach(all::add);
        return all.build();
    }
}
