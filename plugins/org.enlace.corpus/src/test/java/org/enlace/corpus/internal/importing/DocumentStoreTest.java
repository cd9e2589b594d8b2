package org.enlace.corpus.internal.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.enlace.corpus.DocumentMetadata;
import org.enlace.corpus.DocumentRecord;
import org.enlace.corpus.extract.Block;
import org.enlace.corpus.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {

    private static final ExtractedDocument DOCUMENT = new ExtractedDocument("TÍTULO\n\nLa población migrante.\n\nPágina dos.",
            new int[] {0, 33}, List.of(Block.heading(1, 0, 6), Block.paragraph(8, 31), Block.paragraph(33, 44)),
            Map.of("title", "ignored"));

    private static DocumentRecord record(String id) {
        return new DocumentRecord(id, "/plans/plan.pdf", "abc123", 1234,
                new DocumentMetadata("Plan = «Vida»", "COL", "national", "DNP", 2022, 2026, "es"), 2, 3, 44,
                Instant.parse("2026-11-23T10:15:30Z"));
    }

    @Test
    void savedDocumentsComeBackWithRecordTextPagesAndBlocks(@TempDir Path dir) throws Exception {
        DocumentStore store = new DocumentStore(dir.resolve("documents"));
        store.save(record("plan-1a2b3c"), DOCUMENT);
        DocumentStore.Stored stored = store.load("plan-1a2b3c").orElseThrow();
        assertEquals(record("plan-1a2b3c"), stored.record());
        assertEquals(DOCUMENT.text(), stored.document().text());
        assertEquals(DOCUMENT.blocks(), stored.document().blocks());
        assertEquals(2, stored.document().pageOf(35));
        assertEquals(List.of(record("plan-1a2b3c")), store.records());
    }

    @Test
    void aRecordWithoutItsTextOrDamagedIsTreatedAsAbsent(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("documents");
        DocumentStore store = new DocumentStore(folder);
        store.save(record("a-000001"), DOCUMENT);
        store.save(record("b-000002"), DOCUMENT);
        Files.delete(folder.resolve("a-000001.txt"));
        Files.writeString(folder.resolve("b-000002.properties"), "format=1\nid=b\n");
        assertTrue(store.load("a-000001").isEmpty());
        assertTrue(store.load("b-000002").isEmpty());
        assertEquals(List.of("a-000001"), store.records().stream().map(DocumentRecord::id).toList());
    }

    @Test
    void deleteRemovesBothFiles(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("documents");
        DocumentStore store = new DocumentStore(folder);
        store.save(record("a-000001"), DOCUMENT);
        store.delete("a-000001");
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
        assertEquals(List.of(), store.records());
    }
}
