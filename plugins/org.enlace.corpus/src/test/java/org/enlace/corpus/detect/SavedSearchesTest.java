package org.enlace.corpus.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedSearchesTest {

    @TempDir
    Path corpus;

    @Test
    void aSavedSearchComesBackWithItsPacksDocumentAndSeenDocuments() throws Exception {
        SavedSearches searches = new SavedSearches(corpus);
        SavedSearch search = new SavedSearch("semanal-2026", "pnd-1a2b3c", List.of("/packs/mi pack.txt", "otro.txt"),
                Map.of("pnd-1a2b3c", "ab12", "zipa-000001", "cd34"));
        searches.save(search);
        assertEquals(search, searches.find("semanal-2026").orElseThrow());
        assertEquals(List.of("semanal-2026"), searches.names());
        assertTrue(search.hasSeen("pnd-1a2b3c", "ab12"));
        assertFalse(search.hasSeen("pnd-1a2b3c", "changed"));
        assertFalse(search.hasSeen("nuevo-000002", "ab12"));
        assertTrue(searches.find("otra").isEmpty());
    }

    @Test
    void namesThatAreNotPlainFileNamesAreRefused() {
        assertFalse(SavedSearches.isValidName("../fuera"));
        assertFalse(SavedSearches.isValidName(""));
        assertTrue(SavedSearches.isValidName("búsqueda_1.v2"));
        assertThrows(IllegalArgumentException.class,
                () -> new SavedSearches(corpus).save(new SavedSearch("a/b", "", List.of(), Map.of())));
    }
}
