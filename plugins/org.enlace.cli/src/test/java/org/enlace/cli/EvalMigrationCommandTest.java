package org.enlace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enlace eval migration} on four hand-labelled rows. By hand: the scorer finds rows 1 and 2
 * (migration tp 2, fn 1 for row 4: P 1, R 0.667, F1 0.8) and the entry point of row 1 only (tp 1,
 * fn 1: P 1, R 0.5, F1 0.667); its first target is labelled on rows 1 and 2 (2 of 3 positives).
 * migra* flags rows 1 and 3 (tp 1, fp 1, fn 2: F1 0.4; entry tp 1 fp 1 fn 1: 0.5); the broad
 * lexicon rows 1, 2 and 3 (tp 2 fp 1 fn 1: 0.667; entry tp 1 fp 2 fn 1: P 0.333 R 0.5 F1 0.4).
 */
class EvalMigrationCommandTest {

    private static final String HEADER = "id,doc,para_index,text,migration,entry_point,sdg_targets,note\r\n";

    @TempDir
    Path dir;
    @RegisterExtension
    final CliRunner cli = new CliRunner();

    private Path labels(String rows) throws IOException {
        return Files.writeString(dir.resolve("labels.csv"), HEADER + rows);
    }

    @Test
    void printsScorerAndBaselinesAndASummaryLine() throws IOException {
        Path file = labels("""
                r1,d,0,Crearemos una política migratoria.,1,1,10.7,\r
                r2,d,1,"La trata de personas creció, dijo el informe.",1,0,8.7,diagnosis\r
                r3,d,2,La migración de datos terminó.,0,0,,data\r
                r4,d,3,Evitaremos la fuga de ideas.,1,1,9.5;10.7,weak\r
                """);
        assertEquals(0, cli.run("eval", "migration", "--labels", file.toString()));
        String[] lines = cli.out.toString().split("\\R");
        assertEquals("4 passages, 3 about migration, 2 entry points.", lines[0]);
        assertEquals("Enlace scorer          1.000 0.667 0.800   1.000 0.500 0.667   0.667 0.667", lines[2]);
        assertEquals("Baseline migra*        0.500 0.333 0.400   0.500 0.500 0.500   - -", lines[3]);
        assertEquals("Baseline broad lexicon 0.667 0.667 0.667   0.333 0.500 0.400   - -", lines[4]);
        assertEquals("migration_f1=0.800 entry_point_f1=0.667 sdg_top1=0.667 sdg_top3=0.667"
                + " narrow_migration_f1=0.400 broad_migration_f1=0.667", lines[lines.length - 1]);
    }

    /** Under "POLÍTICA MIGRATORIA" the diagnosis of row 2 gains no commitment; under "Impulsaremos" it does. */
    @Test
    void corpusRootGivesPassagesTheirHeading() throws IOException {
        Path root = Files.createDirectories(dir.resolve("data"));
        Files.writeString(root.resolve("plan.md"), "# Impulsaremos la protección\n\nLa trata de personas creció.\n");
        Path file = labels("r2,plan.md,0,La trata de personas creció.,1,1,8.7,\r\nr3,absent.md,0,Otro texto.,0,0,,\r\n");
        assertEquals(0, cli.run("eval", "migration", "--labels", file.toString()));
        assertEquals("entry_point_f1=0.000", cli.out.toString().strip().lines().reduce((a, b) -> b).orElseThrow()
                .split(" ")[1]);
        assertEquals(0, cli.run("eval", "migration", "--labels", file.toString(), "--corpus-root", root.toString()));
        String[] lines = cli.out.toString().split("\\R");
        assertEquals("Headings read from the documents under " + root + " for 1 of 2 passages.",
                lines[lines.length - 2]);
        assertEquals("entry_point_f1=1.000", lines[lines.length - 1].split(" ")[1]);
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("none.csv");
        assertEquals(2, cli.run("eval", "migration", "--labels", file.toString()));
        assertEquals("Cannot read the labels: " + file + " is not a file.", cli.err.toString().strip());
    }

    @Test
    void missingColumns() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.csv"), "id,text,migration\r\nr1,x,1\r\n");
        assertEquals(2, cli.run("eval", "migration", "--labels", file.toString()));
        assertEquals(file + ": missing column(s) doc, para_index, entry_point, sdg_targets, note; the header must be"
                + " id,doc,para_index,text,migration,entry_point,sdg_targets,note.", cli.err.toString().strip());
    }

    @Test
    void badValueNamesTheLineOfItsRow() throws IOException {
        Path file = labels("r1,d,0,\"two\r\nlines\",1,1,10.7,\r\nr2,d,1,text,yes,0,,\r\n");
        assertEquals(2, cli.run("eval", "migration", "--labels", file.toString()));
        assertEquals(file + ", line 4: migration must be 0 or 1, not \"yes\".", cli.err.toString().strip());
    }

    @Test
    void rowWithTooFewValues() throws IOException {
        Path file = labels("r1,d,0,text,1\r\n");
        assertEquals(2, cli.run("eval", "migration", "--labels", file.toString()));
        assertEquals(file + ", line 2: 5 values where the header has 8.", cli.err.toString().strip());
    }

    @Test
    void brokenPackFileIsExplained() throws IOException {
        Path file = labels("r1,d,0,text,0,0,,\r\n");
        Path pack = Files.writeString(dir.resolve("mine.txt"), "[migration]\n");
        assertEquals(2, cli.run("eval", "migration", "--labels", file.toString(), "--pack", pack.toString()));
        assertEquals(pack + ", line 1: the pack must start with a line \"pack NAME VERSION\", for example"
                + " \"pack migration 1\"; found \"[migration]\".", cli.err.toString().strip());
    }
}
