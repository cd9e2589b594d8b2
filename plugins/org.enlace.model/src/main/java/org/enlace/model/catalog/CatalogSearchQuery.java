package org.enlace.model.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.enlace.model.CatalogEntry;
import org.enlace.model.catalog.EntryWords.WordMatch;

/**
 * Search-as-you-type over the SDG goals, targets and indicators and the GCM objectives: the engine
 * of the editor's "add SDG target / indicator / GCM objective" chooser. Typed text finds entries by
 * code ({@code 10.7}, {@code 10.7.2}, {@code 10.c}, {@code GCM 5}, {@code 5}) or by the beginnings
 * of words of their English, Spanish or French titles, accents and case ignored ({@code migr segur}
 * finds 10.7); a leading SDG or ODS, GCM or PMM keeps only that framework. Results come in the
 * order a user expects:
 * <ol>
 * <li>the exact code;</li>
 * <li>codes that begin with the typed code, coarse before fine (goals, then targets, then indicators);</li>
 * <li>title matches: entries that more of the typed words meet first (a word meets the words it
 * begins); then those where more of them are whole words, not only beginnings; then those with
 * more words of one title met; then those where the met words are a larger share of a title
 * (a short title that is about the words before a long one that mentions them);</li>
 * </ol>
 * ties in catalogue order (goals, targets, indicators, GCM objectives). Text without words lists
 * the catalogue in that order. Texts are folded once, when the query is made, so each keystroke
 * only compares prepared words.
 */
public final class CatalogSearchQuery {

    private static final int EXACT_CODE = 0;
    private static final int CODE_PREFIX = 1;
    private static final int WORDS = 2;

    private static final Comparator<Ranked> RELEVANCE = Comparator.comparingInt(Ranked::tier)
            .thenComparingInt(Ranked::segments)
            .thenComparing(Comparator.comparingInt((Ranked r) -> r.match().matched()).reversed())
            .thenComparing(Comparator.comparingInt((Ranked r) -> r.match().wholeWords()).reversed())
            .thenComparing(Comparator.comparingInt((Ranked r) -> r.match().occurrences()).reversed())
            .thenComparing(Comparator.comparingDouble((Ranked r) -> r.match().density()).reversed())
            .thenComparingInt(r -> r.indexed().order());

    private static final WordMatch NO_WORDS = new WordMatch(0, 0, 0, 0);

    private final List<Indexed> entries = new ArrayList<>();

    /** Folds every title of the catalogues that {@code catalogs} reads. */
    public CatalogSearchQuery(CatalogQuery catalogs) {
        add(catalogs.sdgGoals(), CatalogKind.SDG_GOAL);
        add(catalogs.sdgTargets(), CatalogKind.SDG_TARGET);
        add(catalogs.sdgIndicators(), CatalogKind.SDG_INDICATOR);
        add(catalogs.gcmObjectives(), CatalogKind.GCM_OBJECTIVE);
    }

    /** Entries of every kind; see {@link #search(String, Set, int, String)}. */
    public List<CatalogHit> search(String typed, int limit, String language) {
        return search(typed, EnumSet.allOf(CatalogKind.class), limit, language);
    }

    /**
     * The best {@code limit} entries of the given kinds for the typed text, their display text in
     * {@code language} (the model's: {@code en}, {@code es}, {@code fr}; English when it has none).
     */
    public List<CatalogHit> search(String typed, Set<CatalogKind> kinds, int limit, String language) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        TypedText text = TypedText.parse(typed);
        List<Ranked> found = new ArrayList<>();
        for (Indexed indexed : entries) {
            if (kinds.contains(indexed.kind()) && text.kinds().contains(indexed.kind())) {
                rank(indexed, text).ifPresent(found::add);
            }
        }
        found.sort(RELEVANCE);
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        return found.stream().limit(limit).map(ranked -> hit(ranked, language, locale)).toList();
    }

    private static Optional<Ranked> rank(Indexed indexed, TypedText text) {
        EntryWords words = indexed.words();
        if (text.words().isEmpty()) {
            return Optional.of(new Ranked(indexed, WORDS, indexed.entry().getId(), 0, NO_WORDS));
        }
        if (text.code() != null) {
            Optional<String> exact = words.exactCode(text.code());
            if (exact.isPresent()) {
                return Optional.of(new Ranked(indexed, EXACT_CODE, exact.get(), 0, NO_WORDS));
            }
            Optional<String> longer = words.codeStartingWith(text.code());
            if (longer.isPresent()) {
                return Optional.of(new Ranked(indexed, CODE_PREFIX, longer.get(), segments(longer.get()), NO_WORDS));
            }
        }
        return words.match(text.words())
                .map(match -> new Ranked(indexed, WORDS, indexed.entry().getId(), 0, match));
    }

    private static int segments(String code) {
        return code.split("\\.").length;
    }

    private static CatalogHit hit(Ranked ranked, String language, Locale locale) {
        Indexed indexed = ranked.indexed();
        String text = indexed.kind().code(ranked.code(), locale) + " " + Titles.title(indexed.entry(), language);
        return new CatalogHit(indexed.kind(), indexed.entry(), ranked.code(), text);
    }

    private void add(List<? extends CatalogEntry> catalogue, CatalogKind kind) {
        for (CatalogEntry entry : catalogue) {
            entries.add(new Indexed(entry, kind, entries.size(), EntryWords.of(entry)));
        }
    }

    /** A catalogue entry with its kind, its place in catalogue order and its prepared words. */
    private record Indexed(CatalogEntry entry, CatalogKind kind, int order, EntryWords words) {
    }

    private record Ranked(Indexed indexed, int tier, String code, int segments, WordMatch match) {
    }
}
