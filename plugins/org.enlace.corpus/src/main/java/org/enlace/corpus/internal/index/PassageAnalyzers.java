package org.enlace.corpus.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Builds the analyzers of {@link PassageSchema} once. All are {@link CustomAnalyzer}s, so that
 * {@code normalize} (used for wildcard patterns) applies exactly their lower-casing and folding.
 */
final class PassageAnalyzers {

    static final PassageAnalyzers INSTANCE = new PassageAnalyzers();

    private final Analyzer spanish;
    private final Analyzer english;
    private final Analyzer exact;
    private final Analyzer perField;

    private PassageAnalyzers() {
        try {
            spanish = spanish();
            english = english();
            exact = folded();
        } catch (IOException e) {
            // Every factory and word list ships inside Lucene or this bundle: a failure is a packaging bug.
            throw new UncheckedIOException("cannot build the passage analyzers", e);
        }
        perField = new PerFieldAnalyzerWrapper(exact, Map.of(PassageSchema.TEXT_ES, spanish,
                PassageSchema.TEXT_EN, english, PassageSchema.TEXT_STD, exact, PassageSchema.EXACT, exact,
                PassageSchema.HEADING, exact));
    }

    Analyzer perField() {
        return perField;
    }

    /** The analyzer of one stemmed text field ({@link PassageSchema#TEXT_FIELDS}). */
    Analyzer forField(String field) {
        return switch (field) {
            case PassageSchema.TEXT_ES -> spanish;
            case PassageSchema.TEXT_EN -> english;
            default -> exact;
        };
    }

    Analyzer exact() {
        return exact;
    }

    /**
     * Folding comes before stop words and stemming, so accented and unaccented spellings
     * ({@code migración}, {@code migracion}, {@code MIGRACIÓN}) meet in one term; the light stemmer
     * strips accents itself and works on folded input, unlike Snowball, whose suffix lists are
     * accented ({@code regularizacion} and {@code regularizaciones} would stem apart). The light
     * stemmer leaves words under five letters alone, which would split {@code niña} from
     * {@code niñas} and {@code ruta} from {@code rutas}; the minimal (plural) stemmer first turns
     * those five-letter plurals into their four-letter singulars.
     */
    private static Analyzer spanish() throws IOException {
        return CustomAnalyzer.builder(new StopWordsResources())
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .addTokenFilter("stop", "words", StopWordsResources.SPANISH_FOLDED, "ignoreCase", "false")
                .whenTerm(PassageAnalyzers::isShortPlural)
                .addTokenFilter("spanishMinimalStem")
                .endwhen()
                .addTokenFilter("spanishLightStem")
                .build();
    }

    /** KStem rather than Porter: it keeps real words ({@code organization} does not become {@code organ}). */
    private static Analyzer english() throws IOException {
        return CustomAnalyzer.builder(new StopWordsResources())
                .withTokenizer("standard")
                .addTokenFilter("englishPossessive")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .addTokenFilter("stop", "words", StopWordsResources.ENGLISH, "ignoreCase", "false")
                .addTokenFilter("kStem")
                .build();
    }

    /** Any language, phrases and wildcards: no stop words, no stemming. */
    private static Analyzer folded() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .build();
    }

    /** A five-letter folded word ending in a vowel and {@code s}: {@code ninas}, {@code rutas}, {@code hijos}. */
    private static boolean isShortPlural(CharSequence term) {
        return term.length() == 5 && term.charAt(4) == 's' && "aeo".indexOf(term.charAt(3)) >= 0;
    }
}
