package org.enlace.corpus.detect.sdg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class SdgVocabularyTest {

    /**
     * Three texts, every stem in one of them: idf ln 4 each. Goal 1 = (water + river)/sqrt 2 minus
     * half of cash, normalised: water and river 0.632456, cash -0.447214. Goal 2 = school.
     */
    private static final List<SdgExample> EXAMPLES = List.of(
            new SdgExample("water river", 1, true),
            new SdgExample("cash", 1, false),
            new SdgExample("school", 2, true));

    @Test
    void goalVectorsArePositiveMinusHalfNegativeCentroids() {
        SdgVocabulary vocabulary = SdgVocabulary.train(EXAMPLES);
        assertEquals(0.632456, vocabulary.similarities("water")[0], 1e-6);
        assertEquals(0.0, vocabulary.similarities("water")[1]);
        assertEquals(-0.447214, vocabulary.similarities("cash")[0], 1e-6);
        assertEquals(1.0, vocabulary.similarities("schools")[1], 1e-12, "stemmed like the training text");
        // Sub-linear frequency: (1 + ln 2, 1) normalised, against (0.632456, 0.632456).
        assertEquals(0.866198, vocabulary.similarities("water river, water")[0], 1e-6);
        assertEquals(17, vocabulary.similarities("water").length);
    }

    @Test
    void unknownWordsAndNumbersCountForNothing() {
        SdgVocabulary vocabulary = SdgVocabulary.train(List.of(new SdgExample("water 2030", 1, true)));
        assertArrayEquals(new double[17], vocabulary.similarities("2030 football"));
        assertEquals(1.0, vocabulary.similarities("water 2030")[0], 1e-12);
    }

    @Test
    void writtenVocabularyReadsBackTheSameWithItsTrainingFile() throws IOException {
        SdgVocabulary vocabulary = SdgVocabulary.train(EXAMPLES);
        StringWriter text = new StringWriter();
        vocabulary.write(text, List.of("made by a test", SdgVocabulary.TRAINED_ON + "abc123"));
        assertEquals(String.join("\n", "# made by a test", "# trained-on-sha256: abc123",
                "idf\tcash\t1.386294", "idf\triver\t1.386294", "idf\tschool\t1.386294", "idf\twater\t1.386294",
                "goal\t1\tcash\t-4.472136e-01", "goal\t1\triver\t6.324555e-01", "goal\t1\twater\t6.324555e-01",
                "goal\t2\tschool\t1.000000e+00", ""), text.toString());
        SdgVocabulary read = SdgVocabulary.read(new BufferedReader(new StringReader(text.toString())), "v.txt");
        assertEquals("abc123", read.trainedOn());
        assertArrayEquals(vocabulary.similarities("water cash"), read.similarities("water cash"), 1e-6);
        assertEquals("", vocabulary.trainedOn());
    }

    @Test
    void malformedLinesAreNamed() {
        IllegalArgumentException wrongShape = assertThrows(IllegalArgumentException.class,
                () -> SdgVocabulary.read(new BufferedReader(new StringReader("# h\nweight\twater\n")), "v.txt"));
        assertEquals("v.txt, line 2: expected \"idf<TAB>term<TAB>value\" or \"goal<TAB>1-17<TAB>term<TAB>weight\"",
                wrongShape.getMessage());
        IllegalArgumentException badGoal = assertThrows(IllegalArgumentException.class,
                () -> SdgVocabulary.read(new BufferedReader(new StringReader("goal\t18\twater\t1\n")), "v.txt"));
        assertEquals("v.txt, line 1: not a number or goal 1-17: goal\t18\twater\t1", badGoal.getMessage());
    }

    @Test
    void shippedVocabularyKnowsEveryGoalAndItsTrainingFile() {
        SdgVocabulary shipped = SdgVocabulary.shipped();
        assertEquals("80b33a31032b0496666d16c40e1d0cfa9f54d2611d9a600755b298fb43c176c3", shipped.trainedOn());
        double[] water = shipped.similarities("Access to safe drinking water and sanitation in rural areas");
        for (int g = 0; g < 17; g++) {
            assertFalse(g != 5 && water[g] >= water[5], "goal " + (g + 1) + " above water");
        }
    }
}
