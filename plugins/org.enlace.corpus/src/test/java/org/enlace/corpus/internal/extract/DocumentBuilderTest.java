package org.enlace.corpus.internal.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.enlace.corpus.extract.Block;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.extract.ExtractionException;
import org.enlace.corpus.extract.ExtractionFailure;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {

    @Test
    void cleansEachPieceAndRecordsOffsetsIntoTheFinalText() throws Exception {
        DocumentBuilder out = new DocumentBuilder(1_000);
        out.heading(2, "  Migraci\u00F3n\n y\u0001 desarrollo ");
        out.paragraph("\u200B   ");
        out.paragraph("Primer\u00A0 párrafo.");
        out.property("title", "  Plan\u0000 ");
        out.property("author", " ");
        out.property("title", "otro");

        ExtractedDocument document = out.build();

        assertEquals("Migración y desarrollo\n\nPrimer párrafo.", document.text());
        assertEquals(List.of(Block.heading(2, 0, 22), Block.paragraph(24, 39)), document.blocks());
        assertEquals(Map.of("title", "Plan"), document.properties());
    }

    @Test
    void startsEmptyPagesWhereTheNextTextBegins() throws Exception {
        DocumentBuilder out = new DocumentBuilder(1_000);
        out.newPage();
        out.paragraph("Página dos.");
        out.newPage();
        out.newPage();
        out.paragraph("Página cuatro.");
        out.newPage();

        ExtractedDocument document = out.build();

        assertArrayEquals(new int[] {0, 0, 13, 13, 27}, document.pageStarts());
        assertEquals(2, document.pageOf(0));
        assertEquals(4, document.pageOf(13));
        assertEquals(4, document.pageOf(26));
    }

    @Test
    void stopsWhenTheTextGrowsPastTheLimit() throws Exception {
        DocumentBuilder out = new DocumentBuilder(10);
        out.paragraph("12345678");

        ExtractionException failure = assertThrows(ExtractionException.class, () -> out.paragraph("abc"));
        assertEquals(ExtractionFailure.TIMED_OUT, failure.failure());
    }
}
