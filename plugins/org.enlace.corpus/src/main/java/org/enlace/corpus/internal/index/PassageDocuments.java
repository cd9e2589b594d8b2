package org.enlace.corpus.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.enlace.corpus.search.IndexedPassage;

/** Turns an {@link IndexedPassage} into the Lucene document of {@link PassageSchema} and back. */
public final class PassageDocuments {

    private static final FacetsConfig FACETS = PassageSchema.facetsConfig();

    private PassageDocuments() {
    }

    /** The document to add to an IndexWriter that uses {@link PassageSchema#indexAnalyzer()}; facets already built. */
    public static Document toDocument(IndexedPassage passage) {
        requireStrings(passage);
        Document doc = new Document();
        doc.add(new StringField(PassageSchema.ID, passage.id(), Field.Store.YES));
        doc.add(new StringField(PassageSchema.DOCUMENT_ID, passage.documentId(), Field.Store.YES));
        doc.add(new StoredField(PassageSchema.ORDINAL, passage.ordinal()));
        doc.add(new StoredField(PassageSchema.TITLE, passage.documentTitle()));
        doc.add(new StoredField(PassageSchema.ISSUER, passage.issuer()));
        doc.add(new StoredField(PassageSchema.PAGE, passage.page()));
        doc.add(new StoredField(PassageSchema.START, passage.start()));
        doc.add(new StoredField(PassageSchema.END, passage.end()));
        addKeyword(doc, PassageSchema.COUNTRY, passage.country(), PassageSchema.normaliseCountry(passage.country()));
        addKeyword(doc, PassageSchema.LEVEL, passage.level(), PassageSchema.normaliseLevel(passage.level()));
        addKeyword(doc, PassageSchema.LANG, passage.language(), PassageSchema.normaliseLanguage(passage.language()));
        addPeriod(doc, passage);
        doc.add(new Field(PassageSchema.HEADING, passage.heading(), PassageSchema.HEADING_TYPE));
        doc.add(new StoredField(PassageSchema.TEXT, passage.text()));
        doc.add(new Field(PassageSchema.textField(passage.language()), passage.text(), PassageSchema.TEXT_TYPE));
        doc.add(new Field(PassageSchema.EXACT, passage.text(), PassageSchema.TEXT_TYPE));
        doc.add(new SortedSetDocValuesFacetField(PassageSchema.FACET_DOCUMENT, passage.documentId(),
                passage.documentTitle().isEmpty() ? passage.documentId() : passage.documentTitle()));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            // Only a taxonomy writer can fail here, and sorted-set facets use none.
            throw new UncheckedIOException(e);
        }
    }

    /** The passage of a document loaded with all its stored fields. */
    public static IndexedPassage fromStored(Document stored) {
        return new IndexedPassage(stored.get(PassageSchema.DOCUMENT_ID), intValue(stored, PassageSchema.ORDINAL),
                stored.get(PassageSchema.TITLE), stored.get(PassageSchema.COUNTRY), stored.get(PassageSchema.LEVEL),
                stored.get(PassageSchema.LANG), intValue(stored, PassageSchema.START_YEAR),
                intValue(stored, PassageSchema.END_YEAR), stored.get(PassageSchema.ISSUER),
                intValue(stored, PassageSchema.PAGE), intValue(stored, PassageSchema.START),
                intValue(stored, PassageSchema.END), stored.get(PassageSchema.HEADING), stored.get(PassageSchema.TEXT));
    }

    /** The passage stored for one document of a reader. */
    public static IndexedPassage fromStored(StoredFields storedFields, int docId) throws IOException {
        return fromStored(storedFields.document(docId));
    }

    /**
     * Stored as given (round trip exact); indexed and faceted normalised. An unknown (empty) value is
     * indexed too, as the empty term no filter can ask for: Lucene requires every document to give a
     * field the same index options, so a field may not be indexed in some documents and stored-only in
     * others. It gets no facet value.
     */
    private static void addKeyword(Document doc, String field, String given, String normalised) {
        doc.add(new StoredField(field, given));
        doc.add(new StringField(field, normalised, Field.Store.NO));
        if (!normalised.isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(field, normalised));
        }
    }

    /**
     * Every document has both year points (Lucene requires the same point dimensions in every
     * document that has the field). An unknown period is indexed as the empty interval
     * [MAX_VALUE, MIN_VALUE], which overlaps no year range, so it never matches a year filter.
     */
    private static void addPeriod(Document doc, IndexedPassage passage) {
        doc.add(new StoredField(PassageSchema.START_YEAR, passage.startYear()));
        doc.add(new StoredField(PassageSchema.END_YEAR, passage.endYear()));
        PlanPeriod period = PlanPeriod.of(passage.startYear(), passage.endYear());
        doc.add(new IntPoint(PassageSchema.START_YEAR, period.known() ? period.first() : Integer.MAX_VALUE));
        doc.add(new IntPoint(PassageSchema.END_YEAR, period.known() ? period.last() : Integer.MIN_VALUE));
        for (int year : period.facetYears()) {
            doc.add(new SortedSetDocValuesFacetField(PassageSchema.FACET_YEAR, Integer.toString(year)));
        }
    }

    private static int intValue(Document stored, String field) {
        IndexableField value = stored.getField(field);
        if (value == null || value.numericValue() == null) {
            throw new IllegalArgumentException("not a passage document: no stored " + field);
        }
        return value.numericValue().intValue();
    }

    private static void requireStrings(IndexedPassage passage) {
        Objects.requireNonNull(passage.documentId(), "documentId");
        Objects.requireNonNull(passage.documentTitle(), "documentTitle");
        Objects.requireNonNull(passage.country(), "country");
        Objects.requireNonNull(passage.level(), "level");
        Objects.requireNonNull(passage.language(), "language");
        Objects.requireNonNull(passage.issuer(), "issuer");
        Objects.requireNonNull(passage.heading(), "heading");
        Objects.requireNonNull(passage.text(), "text");
    }
}
