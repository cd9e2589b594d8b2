package org.enlace.corpus;

import static org.enlace.corpus.CorpusFixtures.HTML;
import static org.enlace.corpus.CorpusFixtures.MARKDOWN;
import static org.enlace.corpus.CorpusFixtures.TEXT;
import static org.enlace.corpus.CorpusFixtures.hits;
import static org.enlace.corpus.CorpusFixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Removing documents by id, by path, and those whose file is gone. */
class CorpusRemoveTest extends ImportedPlans {

    @Test
    void removesByIdAndByPath() throws Exception {
        Map<String, String> ids = ids(corpus);

        List<DocumentRecord> removed = corpus.remove(List.of(ids.get(TEXT), plans.resolve(HTML).toString()));

        assertEquals(List.of(ids.get(TEXT), ids.get(HTML)), removed.stream().map(DocumentRecord::id).toList());
        assertEquals(List.of(), hits(corpus, "asistentes"));
        assertEquals(List.of(), hits(corpus, "migrantes country:GTM"));
        assertEquals(Optional.empty(), corpus.text(ids.get(TEXT)));
        assertFalse(Files.exists(dir.resolve("corpus/.enlace/documents").resolve(ids.get(HTML) + ".properties")));
        assertEquals(3, corpus.documents().size());
        assertFalse(ids(corpus).containsKey(TEXT));
        assertFalse(ids(corpus).containsKey(HTML));
    }

    @Test
    void removingWhatIsNotThereChangesNothing() throws Exception {
        assertEquals(List.of(), corpus.remove(List.of("no-such-document-000000", dir.resolve("nothing.pdf").toString())));
        assertEquals(5, corpus.documents().size());
    }

    @Test
    void removesTheDocumentsWhoseFileIsGone() throws Exception {
        String id = ids(corpus).get(MARKDOWN);
        assertEquals(List.of(), corpus.removeMissing());
        Files.delete(plans.resolve(MARKDOWN));

        List<DocumentRecord> removed = corpus.removeMissing();

        assertEquals(List.of(id), removed.stream().map(DocumentRecord::id).toList());
        assertEquals(List.of(), hits(corpus, "indicadores"));
        assertEquals(4, corpus.documents().size());
    }

    @Test
    void removalLastsWhenTheCorpusIsOpenedAgain() throws Exception {
        String id = ids(corpus).get(TEXT);
        corpus.remove(List.of(id));
        corpus.close();

        corpus = Corpus.open(dir.resolve("corpus"), false);

        assertEquals(List.of(), corpus.notices());
        assertEquals(List.of(), hits(corpus, "asistentes"));
        assertFalse(ids(corpus).containsValue(id));
    }
}
