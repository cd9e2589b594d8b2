package org.enlace.corpus.detect.sdg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.enlace.corpus.internal.detect.sdg.CatalogueSimilarity;
import org.enlace.corpus.internal.detect.sdg.CatalogueSimilarity.GoalText;
import org.enlace.corpus.internal.detect.sdg.FoldedTokens;
import org.enlace.corpus.internal.importing.LanguageDetector;
import org.enlace.model.SdgGoal;
import org.enlace.model.SdgIndicator;
import org.enlace.model.SdgTarget;
import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.persistence.EnlaceResourceSets;

/**
 * Scores a text against the 17 SDGs: query-pack clauses that fire, similarity to the goal's
 * catalogue wording and to its learned vocabulary ({@link SdgVocabulary}, English texts), combined
 * by {@link SdgParameters}. Thread-safe once built.
 */
public final class SdgGoalScorer {

    private static final LanguageDetector LANGUAGES = new LanguageDetector();

    private final List<SdgQueryPack> packs;
    private final CatalogueSimilarity similarity;
    private final SdgVocabulary vocabulary;
    private final SdgParameters parameters;

    /** @param goalTexts goal i+1's English and Spanish wording at index i, one per pack */
    public SdgGoalScorer(List<SdgQueryPack> packs, List<GoalText> goalTexts, SdgVocabulary vocabulary,
            SdgParameters parameters) {
        if (packs.size() != goalTexts.size()) {
            throw new IllegalArgumentException(packs.size() + " packs but " + goalTexts.size() + " goal texts");
        }
        this.packs = List.copyOf(packs);
        this.similarity = new CatalogueSimilarity(goalTexts);
        this.vocabulary = vocabulary;
        this.parameters = parameters;
    }

    /** The shipped packs, catalogue (of the model bundle), vocabulary and parameters. */
    public static SdgGoalScorer shipped() {
        return new SdgGoalScorer(SdgQueryPack.shipped(), catalogueTexts(), SdgVocabulary.shipped(),
                SdgParameters.shipped());
    }

    static boolean isEnglish(String text) {
        return "en".equals(LANGUAGES.detect(text));
    }

    /**
     * Goal, target and indicator titles of each goal, English and Spanish, one title a line. The
     * indicator titles (what is measured: "proportion of population using safely managed drinking
     * water services") add the everyday words of each goal that the formal target wording lacks.
     */
    public static List<GoalText> catalogueTexts() {
        List<GoalText> texts = new ArrayList<>();
        for (SdgGoal goal : new CatalogQuery(EnlaceResourceSets.create()).sdgGoals()) {
            StringBuilder en = new StringBuilder(goal.getTitleEn());
            StringBuilder es = new StringBuilder(goal.getTitleEs());
            for (SdgTarget target : goal.getTargets()) {
                en.append('\n').append(target.getTitleEn());
                es.append('\n').append(target.getTitleEs());
            }
            Set<SdgIndicator> indicators = new LinkedHashSet<>();
            goal.getTargets().forEach(t -> indicators.addAll(t.getIndicators()));
            for (SdgIndicator indicator : indicators) {
                en.append('\n').append(indicator.getTitleEn());
                es.append('\n').append(indicator.getTitleEs());
            }
            texts.add(new GoalText(en.toString(), es.toString()));
        }
        return texts;
    }

    /** One score per goal, in goal order. */
    public List<SdgGoalScore> score(String text) {
        FoldedTokens tokens = new FoldedTokens(text);
        double[] similarities = similarity.similarities(text);
        double[] vocabularies = vocabulary.similarities(text);
        boolean english = isEnglish(text);
        SdgParameters.Weights weights = parameters.forText(english);
        List<SdgGoalScore> scores = new ArrayList<>();
        for (int g = 0; g < packs.size(); g++) {
            List<SdgClauseHit> hits = new ArrayList<>();
            int clauses = 0;
            for (SdgClause clause : packs.get(g).clauses()) {
                List<SdgClauseHit> clauseHits = clause.hits(tokens);
                clauses += clauseHits.isEmpty() ? 0 : 1;
                hits.addAll(clauseHits);
            }
            double score = weights.score(clauses, similarities[g], vocabularies[g]);
            scores.add(new SdgGoalScore(packs.get(g).goal(), List.copyOf(hits), clauses, similarities[g],
                    vocabularies[g], english, score, score >= weights.threshold()));
        }
        return List.copyOf(scores);
    }
}
