package org.enlace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.enlace.corpus.detect.sdg.SdgVocabulary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EvalSdgCommandTest {

    private static final String WATER = "\"Access to safe drinking water and sanitation remains low, in rural areas.\"";

    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("labels.csv"), content);
    }

    @Test
    void printsPerSdgMacroAndAllRowFigures() throws IOException {
        Path labels = file("id,text,sdg,label\n"
                + "a," + WATER + ",6,True\n"
                + "b," + WATER + ",1,False\n"
                + "c,\"The weather\nwas fine.\",6,True\n"
                + "d,The weather was fine.,1,false\n");
        assertEquals(0, cli.run("eval", "sdg", "--labels", labels.toString()));
        assertEquals(String.join(System.lineSeparator(),
                "SDG           n  accuracy  precision  recall",
                "1             2     1.000      0.000   0.000",
                "6             2     0.500      1.000   0.500",
                "macro         4     0.750      0.500   0.250",
                "all rows      4     0.750      1.000   0.500",
                "macro: mean of the per-SDG figures; all rows: every row counted once.",
                "sdg_accuracy=0.750 sdg_precision=1.000 sdg_recall=0.500", ""), cli.out.toString());
    }

    /** Twenty goal-6 rows: texts about water are about it, texts about football are not. */
    private Path separable() throws IOException {
        StringBuilder csv = new StringBuilder("id,text,sdg,label\n");
        String[] water = {"river", "drinking", "supply", "clean", "pipes", "wells", "rights", "tanks", "rain", "meters"};
        String[] football = {"match", "club", "fans", "league", "boots", "goal", "season", "pitch", "coach", "final"};
        for (int i = 0; i < water.length; i++) {
            csv.append("w").append(i).append(",The water ").append(water[i]).append(" of the town.,6,True\n");
            csv.append("f").append(i).append(",The football ").append(football[i]).append(" of the town.,6,False\n");
        }
        return file(csv.toString());
    }

    @Test
    void crossValidationAndFitAreReportedBeforeTheLastLineAndTheFitIsWritten()
            throws IOException, NoSuchAlgorithmException {
        Path labels = separable();
        Path fit = dir.resolve("fit");
        assertEquals(0, cli.run("eval", "sdg", "--labels", labels.toString(), "--fit", fit.toString(),
                "--shuffles", "2"));
        List<String> lines = cli.out.toString().lines().toList();
        assertEquals(List.of(
                "5-fold cross-validated accuracy of fitting on this file: 1.000",
                "over 2 other fold orders: mean 1.000, lowest 1.000, highest 1.000",
                "wrote " + fit.resolve("sdg-vocabulary.txt") + " and " + fit.resolve("sdg-parameters.properties")),
                lines.subList(lines.size() - 4, lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).startsWith("sdg_accuracy="));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(labels)));
        try (BufferedReader in = Files.newBufferedReader(fit.resolve("sdg-vocabulary.txt"))) {
            SdgVocabulary vocabulary = SdgVocabulary.read(in, "fit");
            assertEquals(sha256, vocabulary.trainedOn());
            assertTrue(vocabulary.similarities("water")[5] > 0);
        }
        Properties parameters = new Properties();
        try (BufferedReader in = Files.newBufferedReader(fit.resolve("sdg-parameters.properties"))) {
            parameters.load(in);
        }
        assertEquals("0.0", parameters.getProperty("otherLanguages.vocabularyWeight"));
        assertEquals(8, parameters.size());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("none.csv");
        assertEquals(2, cli.run("eval", "sdg", "--labels", missing.toString()));
        assertEquals(missing + ": no such file." + System.lineSeparator(), cli.err.toString());
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        Path labels = file("id,text,label\na,x,True\n");
        assertEquals(2, cli.run("eval", "sdg", "--labels", labels.toString()));
        assertEquals(labels + ": no column \"sdg\" in the first line; write the header id,text,sdg,label."
                + System.lineSeparator(), cli.err.toString());
    }

    @Test
    void badLabelAndSdgNameTheirLine() throws IOException {
        Path labels = file("id,text,sdg,label\na,\"two\nlines\",3,True\nb,x,3,yes\n");
        assertEquals(2, cli.run("eval", "sdg", "--labels", labels.toString()));
        assertEquals(labels + ", line 4: label \"yes\" is neither True nor False." + System.lineSeparator(),
                cli.err.toString());
        Path badSdg = file("id,text,sdg,label\na,x,18,True\n");
        assertEquals(2, cli.run("eval", "sdg", "--labels", badSdg.toString()));
        assertEquals(badSdg + ", line 2: sdg \"18\" is not a goal number; write 1 to 17." + System.lineSeparator(),
                cli.err.toString());
    }
}
