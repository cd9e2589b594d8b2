package org.enlace.corpus.detect.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SdgFittingTest {

    private static final SdgEvidence NOTHING = new SdgEvidence(0, 0, true);

    /** Goal 6 rows: texts about water are about it, texts about football are not. */
    private static List<SdgFitting.Row> rows() {
        String[] water = {"river water", "drinking water", "water supply", "clean water", "water pipes",
            "water wells", "water rights", "water tanks", "rain water", "water meters"};
        String[] football = {"football match", "football club", "football fans", "football league",
            "football boots", "football goal", "football season", "football pitch", "football coach",
            "football final"};
        List<SdgFitting.Row> rows = new ArrayList<>();
        for (int i = 0; i < water.length; i++) {
            rows.add(new SdgFitting.Row(new SdgExample(water[i], 6, true), NOTHING));
            rows.add(new SdgFitting.Row(new SdgExample(football[i], 6, false), NOTHING));
        }
        return rows;
    }

    @Test
    void heldOutRowsOfASeparableSetAreAllDecidedRight() {
        assertEquals(1.0, SdgFitting.crossValidatedAccuracy(rows(), 7));
        assertEquals(SdgFitting.crossValidatedAccuracy(rows(), 3), SdgFitting.crossValidatedAccuracy(rows(), 3));
    }

    @Test
    void fitLearnsTheVocabularyAndWeighsItForEnglishOnly() {
        SdgFitting.Fitted fitted = SdgFitting.fit(rows(), 7);
        assertTrue(fitted.vocabulary().similarities("water")[5] > 0);
        assertTrue(fitted.vocabulary().similarities("football")[5] < 0);
        assertTrue(fitted.parameters().english().vocabularyWeight() > 0);
        assertEquals(0.0, fitted.parameters().otherLanguages().vocabularyWeight());
    }

    @Test
    void noRowsGiveNoAccuracy() {
        assertEquals(0.0, SdgFitting.crossValidatedAccuracy(List.of(), 1));
    }
}
