package org.enlace.corpus.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.enlace.corpus.detect.PackSection.Kind;
import org.enlace.corpus.internal.detect.ClauseMatcher;
import org.enlace.corpus.internal.detect.ClauseMatcher.Span;
import org.enlace.corpus.internal.detect.PassageTokens;
import org.enlace.corpus.internal.index.PassageSchema;

/**
 * Scores passages with a query pack. Each clause counts its weight once per passage however often
 * it matches, so a long passage that repeats a word is not "more" about migration; a match inside
 * an exclusion (a look-alike such as "migración de datos") does not count at all. The passage is
 * about migration when its migration weight reaches {@link #MIGRATION_THRESHOLD}; it is an entry
 * point when it also states a commitment: commitment clauses, or a passage that opens with an
 * infinitive ("Impulsar la participación ..."), the usual form of plan measures.
 */
public final class MigrationScorer {

    /** One clause of weight 1, or two weaker cues together, make a passage about migration. */
    public static final double MIGRATION_THRESHOLD = 1.0;
    /** Headings add context but were not read by annotators: they count at half weight for migration. */
    private static final double HEADING_FACTOR = 0.5;
    private static final double OPENING_INFINITIVE = 1.0;
    private static final int MIN_INFINITIVE_LENGTH = 5;

    private record Compiled(PackSection section, PackClause clause, ClauseMatcher matcher) {
    }

    /** At most what a target gains for sharing all its title words with the passage: less than one clause. */
    private static final double TITLE_WEIGHT = 0.5;

    private final QueryPack pack;
    private final TargetTitles titles;
    private final Map<String, List<Compiled>> byLanguage = new ConcurrentHashMap<>();

    /** A scorer that ranks targets by the pack's clauses alone. */
    public MigrationScorer(QueryPack pack) {
        this(pack, null);
    }

    /** A scorer that also orders the suggested targets by how much of their official title the passage uses. */
    public MigrationScorer(QueryPack pack, TargetTitles titles) {
        this.pack = pack;
        this.titles = titles;
    }

    public QueryPack pack() {
        return pack;
    }

    /** Scores a passage; {@code heading} may be empty; {@code language} is an ISO code such as {@code es}. */
    public MigrationAssessment assess(String text, String heading, String language) {
        String field = PassageSchema.textField(language);
        List<Compiled> clauses = byLanguage.computeIfAbsent(field, f -> compile(language));
        var analyzer = PassageSchema.stemmedAnalyzer(language);
        List<Firing> firings = new ArrayList<>();
        PassageTokens tokens = PassageTokens.analyse(analyzer, text);
        fire(clauses, tokens, false, firings);
        if (heading != null && !heading.isBlank()) {
            fire(clauses, PassageTokens.analyse(analyzer, heading), true, firings);
        }
        double migration = weight(firings, Kind.MIGRATION, HEADING_FACTOR);
        double commitment = weight(firings, Kind.COMMITMENT, 1) + openingInfinitive(text);
        boolean isMigration = migration >= MIGRATION_THRESHOLD;
        if (isMigration) {
            priors(firings);
        }
        return new MigrationAssessment(migration, isMigration, commitment, isMigration && commitment >= 1,
                withTitles(rank(firings, Kind.TARGET), tokens, language), rank(firings, Kind.GCM), firings);
    }

    private List<Compiled> compile(String language) {
        var analyzer = PassageSchema.stemmedAnalyzer(language);
        List<Compiled> compiled = new ArrayList<>();
        for (PackSection section : pack.sections()) {
            for (PackClause clause : section.clauses()) {
                compiled.add(new Compiled(section, clause, new ClauseMatcher(analyzer, clause.terms(), clause.slop())));
            }
        }
        return compiled;
    }

    private static void fire(List<Compiled> clauses, PassageTokens tokens, boolean heading, List<Firing> firings) {
        List<Span> excluded = new ArrayList<>();
        for (Compiled c : clauses) {
            if (c.section().kind() == Kind.EXCLUDE) {
                for (Span span : c.matcher().matches(tokens)) {
                    excluded.add(span);
                    firings.add(firing(c, span, heading, false));
                }
            }
        }
        for (Compiled c : clauses) {
            if (c.section().kind() != Kind.EXCLUDE) {
                for (Span span : c.matcher().matches(tokens)) {
                    boolean out = excluded.stream().anyMatch(span::overlaps);
                    firings.add(firing(c, span, heading, out));
                }
            }
        }
    }

    /** The {@code @migration} clauses: a target or objective that any migration passage concerns. */
    private void priors(List<Firing> firings) {
        for (PackSection section : pack.sections()) {
            for (PackClause clause : section.clauses()) {
                if (clause.text().equals(PackParser.WHEN_MIGRATION)) {
                    firings.add(new Firing(section.kind(), section.code(), clause.text(), clause.weight(), 0, 0, false,
                            false));
                }
            }
        }
    }

    private static Firing firing(Compiled c, Span span, boolean heading, boolean excluded) {
        return new Firing(c.section().kind(), c.section().code(), c.clause().text(), c.clause().weight(),
                span.start(), span.end(), heading, excluded);
    }

    /** Each counted clause once, at its weight (times {@code headingFactor} if it fired only in the heading). */
    private static double weight(List<Firing> firings, Kind kind, double headingFactor) {
        Map<String, Double> best = new LinkedHashMap<>();
        for (Firing f : firings) {
            if (f.kind() == kind && !f.excluded()) {
                double w = f.inHeading() ? f.weight() * headingFactor : f.weight();
                best.merge(f.clause(), w, Math::max);
            }
        }
        return best.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static List<Suggestion> rank(List<Firing> firings, Kind kind) {
        Map<String, Map<String, Double>> byCode = new LinkedHashMap<>();
        for (Firing f : firings) {
            if (f.kind() == kind && !f.excluded()) {
                byCode.computeIfAbsent(f.code(), c -> new LinkedHashMap<>()).merge(f.clause(),
                        f.inHeading() ? f.weight() * HEADING_FACTOR : f.weight(), Math::max);
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        byCode.forEach((code, clauses) -> suggestions.add(new Suggestion(code,
                clauses.values().stream().mapToDouble(Double::doubleValue).sum(), List.copyOf(clauses.keySet()))));
        // Stable: equal scores keep the order of the pack, which lists the more direct targets first.
        suggestions.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        return suggestions;
    }

    private List<Suggestion> withTitles(List<Suggestion> targets, PassageTokens tokens, String language) {
        if (titles == null) {
            return targets;
        }
        List<Suggestion> scored = new ArrayList<>();
        for (Suggestion s : targets) {
            List<String> shared = titles.shared(s.code(), tokens, language);
            if (shared.isEmpty()) {
                scored.add(s);
            } else {
                List<String> reasons = new ArrayList<>(s.reasons());
                reasons.add("title: " + String.join(" ", shared));
                double share = (double) shared.size() / titles.size(s.code(), language);
                scored.add(new Suggestion(s.code(), s.score() + TITLE_WEIGHT * share, reasons));
            }
        }
        scored.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        return scored;
    }

    /** "Impulsar ...", "Garantizar ...": plan measures are commonly written as a leading infinitive. */
    private static double openingInfinitive(String text) {
        String first = text.strip().split("[\\s,:;.]+", 2)[0];
        if (first.length() < MIN_INFINITIVE_LENGTH || !Character.isUpperCase(first.charAt(0))
                || first.chars().skip(1).anyMatch(Character::isUpperCase)) {
            return 0;
        }
        String folded = PassageTokens.fold(first);
        return folded.endsWith("ar") || folded.endsWith("er") || folded.endsWith("ir") ? OPENING_INFINITIVE : 0;
    }
}
