package org.enlace.corpus.detect.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.enlace.corpus.detect.sdg.SdgCalibration.Observation;
import org.enlace.corpus.detect.sdg.SdgParameters.Weights;
import org.junit.jupiter.api.Test;

class SdgCalibrationTest {

    @Test
    void thresholdFallsHalfWayInTheGapThatDecidesMostRowsRight() {
        // Scores log2(1 + clauses): 0 F, 0 F, 1 T, 1 F, 2 T. Below 0.5 all are detected (2 right);
        // between 0 and 1: 4 right; between 1 and 2: 4 right too, the first gap is kept.
        List<Observation> rows = List.of(new Observation(0, 0, 0, false), new Observation(0, 0, 0, false),
                new Observation(1, 0, 0, true), new Observation(1, 0, 0, false), new Observation(3, 0, 0, true));
        Weights weights = SdgCalibration.bestThreshold(rows, new Weights(1, 0, 0, 99));
        assertEquals(new Weights(1, 0, 0, 0.5), weights);
        assertEquals(4, SdgCalibration.correct(rows, weights));
    }

    @Test
    void fitTakesTheVocabularyWhenItSeparatesAndLeavesItOutWhenAsked() {
        List<Observation> rows = List.of(new Observation(0, 0, 0.2, true), new Observation(0, 0, -0.1, false),
                new Observation(0, 0, 0.3, true), new Observation(0, 0, 0, false));
        Weights with = SdgCalibration.fit(rows, true);
        assertEquals(new Weights(1, 4, 1, 0.1), with);
        assertEquals(4, SdgCalibration.correct(rows, with));
        Weights without = SdgCalibration.fit(rows, false);
        assertEquals(0.0, without.vocabularyWeight());
        assertEquals(2, SdgCalibration.correct(rows, without));
    }
}
