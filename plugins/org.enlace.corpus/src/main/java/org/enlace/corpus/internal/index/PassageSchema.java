package org.enlace.corpus.internal.index;

import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The one place that names the fields of a passage document, says how each is analysed and
 * counts the versions of both.
 *
 * <p><b>Schema version.</b> The corpus puts {@link #SCHEMA_VERSION} in the name of its index
 * folder, so an index written under another version is rebuilt rather than read with the wrong
 * expectations. Any change to a field (name, type, stored or not, points, doc values, facets) or
 * to an analyzer (tokenizer, filters, stop words, stemmer, their order) must bump it: terms written
 * by an older analysis would silently stop matching queries analysed the new way.
 *
 * <p>Fields of one passage:
 * <ul>
 * <li>{@code id} ({@code documentId#ordinal}) and {@code documentId}: exact, stored; the latter
 * deletes a document's passages;
 * <li>{@code country} (upper case), {@code level} and {@code lang} (lower case): exact, for
 * filters; stored as given;
 * <li>{@code startYear}/{@code endYear}: stored as given, and as points holding the plan period
 * (see {@link PlanPeriod}) for the overlap filter;
 * <li>{@code ordinal}, {@code page}, {@code start}, {@code end}, {@code title}, {@code issuer}:
 * stored only;
 * <li>{@code heading}: stored and analysed (unstemmed), a small ranking signal;
 * <li>{@code text}: the passage, stored once; analysed into exactly one of {@code text_es},
 * {@code text_en}, {@code text_std} by the document's language, and always into {@code exact}
 * (unstemmed, no stop words) for phrases, proximity and wildcards; both with offsets in the
 * postings for highlighting;
 * <li>facets ({@link #FACET_DIMS}) as sorted-set doc values; {@code year} has every year of the
 * plan period, {@code document} is the path documentId / title.
 * </ul>
 */
public final class PassageSchema {

    /** Version of fields and analysis; part of the index folder name. Bump on any change. */
    public static final int SCHEMA_VERSION = 1;

    public static final String ID = "id";
    public static final String DOCUMENT_ID = "documentId";
    public static final String ORDINAL = "ordinal";
    public static final String TITLE = "title";
    public static final String COUNTRY = "country";
    public static final String LEVEL = "level";
    public static final String LANG = "lang";
    public static final String START_YEAR = "startYear";
    public static final String END_YEAR = "endYear";
    public static final String ISSUER = "issuer";
    public static final String PAGE = "page";
    public static final String START = "start";
    public static final String END = "end";
    public static final String HEADING = "heading";
    public static final String TEXT = "text";
    public static final String TEXT_ES = "text_es";
    public static final String TEXT_EN = "text_en";
    public static final String TEXT_STD = "text_std";
    public static final String EXACT = "exact";

    /** The stemmed text fields; a passage is in exactly one of them. */
    public static final List<String> TEXT_FIELDS = List.of(TEXT_ES, TEXT_EN, TEXT_STD);

    public static final String FACET_COUNTRY = "country";
    public static final String FACET_DOCUMENT = "document";
    public static final String FACET_YEAR = "year";
    public static final String FACET_LEVEL = "level";
    public static final String FACET_LANG = "lang";
    /** Facet dimensions in the order results list them. */
    public static final List<String> FACET_DIMS =
            List.of(FACET_COUNTRY, FACET_DOCUMENT, FACET_YEAR, FACET_LEVEL, FACET_LANG);

    /** A plan longer than this contributes only its first years to the year facet. */
    public static final int MAX_FACET_YEARS = 50;

    /** Analysed text with positions and offsets, so phrases work and highlighting needs no re-analysis. */
    static final FieldType TEXT_TYPE = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    /** Heading: stored and analysed; never highlighted, so no offsets. */
    static final FieldType HEADING_TYPE = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private PassageSchema() {
    }

    /** The stemmed text field for a document language: {@code es} and {@code en} have their own. */
    public static String textField(String language) {
        String primary = normaliseLanguage(language);
        int cut = primary.indexOf('-');
        if (cut >= 0) {
            primary = primary.substring(0, cut);
        }
        return switch (primary) {
            case "es" -> TEXT_ES;
            case "en" -> TEXT_EN;
            default -> TEXT_STD;
        };
    }

    /** Country codes are matched upper case ({@code col} finds {@code COL}). */
    public static String normaliseCountry(String country) {
        return country.strip().toUpperCase(Locale.ROOT);
    }

    /** Levels are matched lower case. */
    public static String normaliseLevel(String level) {
        return level.strip().toLowerCase(Locale.ROOT);
    }

    /** Language codes are matched lower case, {@code es_CO} as {@code es-co}. */
    public static String normaliseLanguage(String language) {
        return language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The analyzer an IndexWriter over passages must use: each field with its own analysis. */
    public static Analyzer indexAnalyzer() {
        return PassageAnalyzers.INSTANCE.perField();
    }

    /**
     * The stemmed analysis of a language's text field ({@link #textField}): detection matches its
     * clauses with it, so accents and plurals behave exactly as in search.
     */
    public static Analyzer stemmedAnalyzer(String language) {
        return PassageAnalyzers.INSTANCE.forField(textField(language));
    }

    /** The analysis of {@code exact} (and {@code text_std}, {@code heading}): lower case, folded, unstemmed. */
    public static Analyzer exactAnalyzer() {
        return PassageAnalyzers.INSTANCE.exact();
    }

    /** How facets are indexed and read; a new instance each time because FacetsConfig is mutable. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_YEAR, true);
        // documentId, then its title under it: the facet shows titles without a look-up per document.
        config.setHierarchical(FACET_DOCUMENT, true);
        // Filters use the plain string fields; drill-down terms would only grow the index.
        for (String dim : FACET_DIMS) {
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    private static FieldType textType(boolean stored, IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
