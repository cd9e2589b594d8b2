package org.enlace.corpus.internal.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.enlace.corpus.DocumentMetadata;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.search.IndexedPassage;

/** Turns a document's text and metadata into the passages the index holds. */
public final class PassageBuilder {

    private final PassageSplitter splitter;

    public PassageBuilder(PassageSplitter splitter) {
        this.splitter = splitter;
    }

    public List<IndexedPassage> passages(String documentId, DocumentMetadata metadata, ExtractedDocument document) {
        Locale language = metadata.language().isEmpty() ? Locale.ROOT : Locale.forLanguageTag(metadata.language());
        List<PassageSpan> spans = splitter.split(document, language);
        List<IndexedPassage> passages = new ArrayList<>(spans.size());
        String text = document.text();
        for (int i = 0; i < spans.size(); i++) {
            PassageSpan span = spans.get(i);
            passages.add(new IndexedPassage(documentId, i, metadata.title(), metadata.country(), metadata.level(),
                    metadata.language(), metadata.startYear(), metadata.endYear(), metadata.issuer(), span.page(),
                    span.start(), span.end(), span.heading(), text.substring(span.start(), span.end())));
        }
        return passages;
    }
}
