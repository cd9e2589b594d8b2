package org.enlace.corpus.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysts' packs: read from a corpus folder without rebuilding, added to the built-in pack. */
class QueryPackTest {

    @TempDir
    Path corpus;

    @Test
    void folderPacksAreReadByNameAndAddToTheBuiltInPack() throws IOException, PackException {
        Path folder = Files.createDirectories(corpus.resolve(".enlace/packs"));
        Files.writeString(folder.resolve("b.txt"), "pack b 1\n[migration]\nbalseros\n");
        Files.writeString(folder.resolve("a.txt"), "pack a 1\n[migration]\n\"caminantes venezolanos\"\n");
        Files.writeString(folder.resolve("notes.md"), "not a pack");
        List<QueryPack> packs = QueryPack.readFolder(corpus);
        assertEquals(List.of("a", "b"), packs.stream().map(QueryPack::name).toList());

        QueryPack builtIn = QueryPack.builtIn();
        MigrationScorer before = new MigrationScorer(builtIn);
        MigrationScorer after = new MigrationScorer(builtIn.plus(packs.get(0)).plus(packs.get(1)));
        assertEquals(false, before.assess("Llegaron más balseros a la costa.", "", "es").migration());
        assertEquals(true, after.assess("Llegaron más balseros a la costa.", "", "es").migration());
        assertEquals(builtIn.sections().size() + 2, after.pack().sections().size());
    }

    @Test
    void noFolderMeansNoPacks() throws IOException, PackException {
        assertEquals(List.of(), QueryPack.readFolder(corpus));
    }

    @Test
    void aBrokenFolderPackNamesItsFileAndLine() throws IOException {
        Path folder = Files.createDirectories(corpus.resolve(".enlace/packs"));
        Path file = Files.writeString(folder.resolve("mine.txt"), "pack mine 1\n[migration]\n\n0 balseros\n");
        PackException e = assertThrows(PackException.class, () -> QueryPack.readFolder(corpus));
        assertEquals(file.toString(), e.source());
        assertEquals(4, e.line());
        assertEquals(PackException.Problem.BAD_WEIGHT, e.problem());
    }
}
