package org.enlace.corpus.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enlace.corpus.internal.detect.PassageTokens;
import org.enlace.corpus.internal.index.PassageSchema;
import org.enlace.model.SdgTarget;
import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.catalog.Titles;

/**
 * The official SDG target titles of the catalogue, analysed like passages, to tell how much of a
 * target's own wording a passage uses. The scorer uses it to order targets its clauses already
 * suggest: between "8.5" and "8.8" for a passage on migrant workers, the title that shares more
 * words with the passage comes first.
 */
public final class TargetTitles {

    private final CatalogQuery catalogue;
    /** Per language, per target code: each title stem with the title word it came from. */
    private final Map<String, Map<String, Map<String, String>>> stemsByLanguage = new HashMap<>();

    public TargetTitles(CatalogQuery catalogue) {
        this.catalogue = catalogue;
    }

    /** The title words of {@code code} whose stem the passage also has, in title order; empty if unknown. */
    public synchronized List<String> shared(String code, PassageTokens passage, String language) {
        Map<String, String> title = stemsByLanguage.computeIfAbsent(language, this::analyse)
                .getOrDefault(code, Map.of());
        Set<String> passageStems = new HashSet<>();
        passage.tokens().forEach(t -> passageStems.add(t.stem()));
        List<String> shared = new ArrayList<>();
        title.forEach((stem, word) -> {
            if (passageStems.contains(stem)) {
                shared.add(word);
            }
        });
        return shared;
    }

    /** How many distinct stems the title of {@code code} has. */
    public synchronized int size(String code, String language) {
        return stemsByLanguage.computeIfAbsent(language, this::analyse).getOrDefault(code, Map.of()).size();
    }

    private Map<String, Map<String, String>> analyse(String language) {
        var analyzer = PassageSchema.stemmedAnalyzer(language);
        Map<String, Map<String, String>> stems = new HashMap<>();
        for (SdgTarget target : catalogue.sdgTargets()) {
            Map<String, String> words = new LinkedHashMap<>();
            PassageTokens.analyse(analyzer, Titles.title(target, language)).tokens()
                    .forEach(t -> words.putIfAbsent(t.stem(), t.lower()));
            stems.put(target.getId(), words);
        }
        return stems;
    }
}
