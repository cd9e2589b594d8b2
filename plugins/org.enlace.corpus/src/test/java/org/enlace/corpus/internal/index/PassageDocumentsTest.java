package org.enlace.corpus.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.enlace.corpus.search.IndexedPassage;
import org.junit.jupiter.api.Test;

class PassageDocumentsTest {

    private static final IndexedPassage PASSAGE = new IndexedPassage("plan-col", 7, "Plan Nacional de Desarrollo",
            "col", "National", "ES", 2022, 2026, "DNP", 143, 51_200, 51_290, "Capítulo 3 › Migración",
            "Los trabajadores migrantes del sector rural tendrán acceso a la seguridad social.");

    @Test
    void storedFieldsGiveBackTheSamePassage() throws IOException {
        IndexedPassage unknownYears = new IndexedPassage("d", 0, "", "", "", "pt", 0, 0, "", 1, 0, 3, "", "abc");
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PassageSchema.indexAnalyzer()))) {
                writer.addDocument(PassageDocuments.toDocument(PASSAGE));
                writer.addDocument(PassageDocuments.toDocument(unknownYears));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertEquals(PASSAGE, PassageDocuments.fromStored(reader.storedFields(), 0));
                assertEquals(unknownYears, PassageDocuments.fromStored(reader.storedFields(), 1));
                assertEquals(1, searcher.count(new TermQuery(new Term(PassageSchema.ID, "plan-col#7"))));
                assertEquals(1, searcher.count(new TermQuery(new Term(PassageSchema.DOCUMENT_ID, "plan-col"))));
                assertEquals(1, searcher.count(new TermQuery(new Term(PassageSchema.COUNTRY, "COL"))));
                assertEquals(1, searcher.count(new TermQuery(new Term(PassageSchema.LEVEL, "national"))));
                assertEquals(1, searcher.count(new TermQuery(new Term(PassageSchema.LANG, "es"))));
                assertEquals(1, searcher.count(new TermQuery(new Term(PassageSchema.COUNTRY, ""))));
            }
        }
    }

    /** Lucene refuses a field indexed in one document and stored-only in another, in either order. */
    @Test
    void unknownMetadataFirstThenKnownMetadataShareOneIndex() throws IOException {
        IndexedPassage unknown = new IndexedPassage("d", 0, "", "", "", "", 0, 0, "", 1, 0, 3, "", "abc");
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PassageSchema.indexAnalyzer()))) {
                writer.addDocument(PassageDocuments.toDocument(unknown));
                writer.addDocument(PassageDocuments.toDocument(PASSAGE));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertEquals(unknown, PassageDocuments.fromStored(reader.storedFields(), 0));
                assertEquals(1, searcher.count(new TermQuery(new Term(PassageSchema.COUNTRY, "COL"))));
                assertEquals(1, searcher.count(org.apache.lucene.document.IntPoint.newRangeQuery(
                        PassageSchema.START_YEAR, Integer.MIN_VALUE, 2030)));
            }
        }
    }

    @Test
    void textGoesToItsLanguageFieldAndToExactOnly() {
        Document doc = PassageDocuments.toDocument(PASSAGE);
        assertEquals(PASSAGE.text(), doc.get(PassageSchema.TEXT_ES));
        assertEquals(PASSAGE.text(), doc.get(PassageSchema.EXACT));
        assertNull(doc.get(PassageSchema.TEXT_EN));
        assertNull(doc.get(PassageSchema.TEXT_STD));
        assertTrue(doc.getField(PassageSchema.TEXT).fieldType().stored());
        assertFalse(doc.getField(PassageSchema.TEXT_ES).fieldType().stored());
        assertEquals(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
                doc.getField(PassageSchema.EXACT).fieldType().indexOptions());
    }

    @Test
    void missingTextIsRefusedWithItsName() {
        IndexedPassage noText = new IndexedPassage("d", 0, "", "", "", "es", 0, 0, "", 1, 0, 0, "", null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> PassageDocuments.toDocument(noText));
        assertEquals("text", e.getMessage());
    }

    @Test
    void planPeriodTakesTheKnownYearsInOrder() {
        assertFalse(PlanPeriod.of(0, 0).known());
        assertEquals(List.of(), PlanPeriod.of(0, 0).facetYears());
        assertEquals(new PlanPeriod(2022, 2022), PlanPeriod.of(2022, 0));
        assertEquals(new PlanPeriod(2026, 2026), PlanPeriod.of(0, 2026));
        assertEquals(new PlanPeriod(2022, 2026), PlanPeriod.of(2026, 2022));
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026), PlanPeriod.of(2022, 2026).facetYears());
    }

    @Test
    void yearFacetStopsAtFiftyYears() {
        assertEquals(IntStream.rangeClosed(1950, 1999).boxed().toList(), PlanPeriod.of(1950, 2100).facetYears());
    }
}
