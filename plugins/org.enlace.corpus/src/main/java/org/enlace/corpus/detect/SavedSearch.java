package org.enlace.corpus.detect;

import java.util.List;
import java.util.Map;

/**
 * A candidate search kept in a corpus so it can be run again: its own query packs and document
 * filter, and the documents (with the content hash) it has already looked at, so that running it
 * again after new imports shows only the candidates of new or changed documents.
 *
 * @param name the name the user gave it
 * @param document the only document it looks at, or empty for all
 * @param packs extra query pack files, as given
 * @param seen document id → content hash of every document already looked at
 */
public record SavedSearch(String name, String document, List<String> packs, Map<String, String> seen) {

    public SavedSearch {
        packs = List.copyOf(packs);
        seen = Map.copyOf(seen);
    }

    /** True when the document was looked at before in the same version. */
    public boolean hasSeen(String documentId, String contentHash) {
        return contentHash.equals(seen.get(documentId));
    }

    public SavedSearch withSeen(Map<String, String> documents) {
        return new SavedSearch(name, document, packs, documents);
    }
}
