package org.enlace.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.SearcherManager;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.internal.extract.LibraryLogging;
import org.enlace.corpus.internal.importing.CorpusImporter;
import org.enlace.corpus.internal.importing.CorpusTexts;
import org.enlace.corpus.internal.importing.DocumentStore;
import org.enlace.corpus.internal.importing.PassageBuilder;
import org.enlace.corpus.internal.importing.PassageSplitter;
import org.enlace.corpus.internal.index.CorpusIndex;
import org.enlace.corpus.internal.index.PassageDocuments;
import org.enlace.corpus.internal.index.PassageSchema;
import org.enlace.corpus.search.IndexedPassage;
import org.enlace.corpus.search.PassageSearcher;
import org.enlace.corpus.search.QuerySyntaxException;
import org.enlace.corpus.search.SearchRequest;
import org.enlace.corpus.search.SearchResult;

/**
 * A corpus: a folder the user chooses, holding in {@code .enlace/} the text of every imported
 * document and the index over their passages. One process at a time may change it; another one
 * opens it read-only and can still search.
 */
public final class Corpus implements Closeable {

    /** The folder inside the corpus folder where Enlace keeps its data. */
    public static final String DATA_FOLDER = ".enlace";

    static {
        LibraryLogging.quiet();
    }

    private final Path folder;
    private final DocumentStore store;
    private final CorpusIndex index;
    private final CorpusImporter importer;
    private final List<String> notices = new ArrayList<>();

    private Corpus(Path folder, DocumentStore store, CorpusIndex index) {
        this.folder = folder;
        this.store = store;
        this.index = index;
        this.importer = new CorpusImporter(index, store);
    }

    /** Opens the corpus in {@code folder}, creating it when {@code create} and it does not exist yet. */
    public static Corpus open(Path folder, boolean create) throws IOException {
        Path data = folder.resolve(DATA_FOLDER);
        if (!Files.isDirectory(data)) {
            if (!create) {
                throw new CorpusException(CorpusTexts.get("corpus.missing", folder));
            }
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new CorpusException(CorpusTexts.get("corpus.notAFolder", folder));
            }
            Files.createDirectories(data);
        }
        DocumentStore store = new DocumentStore(data.resolve("documents"));
        CorpusIndex index = CorpusIndex.open(data);
        Corpus corpus = new Corpus(folder, store, index);
        try {
            corpus.recover();
        } catch (IOException | RuntimeException e) {
            corpus.close();
            throw e;
        }
        return corpus;
    }

    private void recover() throws IOException {
        if (index.isReadOnly()) {
            notices.add(CorpusTexts.get("corpus.readOnly", folder));
            return;
        }
        int reindexed = importer.reindexFromStore(Cancellation.none());
        if (reindexed > 0) {
            notices.add(CorpusTexts.get("corpus.rebuilt", reindexed));
        }
    }

    public Path folder() {
        return folder;
    }

    public boolean isReadOnly() {
        return index.isReadOnly();
    }

    /** What the user should know about how the corpus was opened (rebuilt, read-only). */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Starts importing files and folders in the background. */
    public ImportJob startImport(List<Path> inputs, ImportOptions options, ImportListener listener)
            throws CorpusException {
        requireWritable();
        Cancellation cancellation = Cancellation.none();
        AtomicReference<ImportProgress> latest = new AtomicReference<>();
        ImportListener both = progress -> {
            latest.set(progress);
            listener.progress(progress);
        };
        CompletableFuture<ImportReport> report = CompletableFuture.supplyAsync(() -> {
            try {
                return importer.importFiles(inputs, options, both, cancellation);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> Thread.ofPlatform().name("enlace-import").daemon(false).start(runnable));
        return new ImportJob(cancellation, report, latest);
    }

    /** Imports and waits for the report. */
    public ImportReport importFiles(List<Path> inputs, ImportOptions options, ImportListener listener)
            throws IOException {
        ImportJob job = startImport(inputs, options, listener);
        try {
            return job.report().get();
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new CorpusException(CorpusTexts.get("import.interrupted"), e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    public List<DocumentRecord> documents() throws IOException {
        return store.records();
    }

    /** Removes documents named by id or by the path they were imported from; returns those removed. */
    public List<DocumentRecord> remove(List<String> idsOrPaths) throws IOException {
        requireWritable();
        List<DocumentRecord> removed = new ArrayList<>();
        for (DocumentRecord record : store.records()) {
            for (String wanted : idsOrPaths) {
                if (record.id().equals(wanted) || record.source().equals(absolute(wanted))) {
                    index.deleteDocument(record.id());
                    store.delete(record.id());
                    removed.add(record);
                    break;
                }
            }
        }
        index.commit();
        return removed;
    }

    /** Removes the documents whose source file no longer exists. */
    public List<DocumentRecord> removeMissing() throws IOException {
        // Checked first: with nothing missing, a read-only corpus would otherwise answer as if all were well.
        requireWritable();
        List<String> missing = new ArrayList<>();
        for (DocumentRecord record : store.records()) {
            if (!Files.exists(Path.of(record.source()))) {
                missing.add(record.id());
            }
        }
        return missing.isEmpty() ? List.of() : remove(missing);
    }

    /** The extracted text of a document, which passage offsets point into. */
    public Optional<String> text(String documentId) throws IOException {
        return store.load(documentId).map(stored -> stored.document().text());
    }

    /** The passage {@code documentId#ordinal}, as indexed, if the corpus holds it. */
    public Optional<IndexedPassage> passage(String passageId) throws IOException {
        SearcherManager searchers = index.searchers();
        if (searchers == null) {
            return Optional.empty();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(PassageSchema.ID, passageId)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(PassageDocuments.fromStored(searcher.storedFields(), found.scoreDocs[0].doc));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Every passage of one document (or of all when {@code documentId} is null), in document and
     * passage order, cut from the stored text exactly as the index holds them.
     */
    public List<IndexedPassage> passages(String documentId) throws IOException {
        List<IndexedPassage> passages = new ArrayList<>();
        PassageBuilder builder = new PassageBuilder(new PassageSplitter());
        for (DocumentRecord record : store.records()) {
            if (documentId != null && !documentId.equals(record.id())) {
                continue;
            }
            Optional<DocumentStore.Stored> stored = store.load(record.id());
            if (stored.isPresent()) {
                passages.addAll(builder.passages(record.id(), record.metadata(), stored.get().document()));
            }
        }
        return passages;
    }

    /** The record of a document of the corpus. */
    public Optional<DocumentRecord> document(String documentId) throws IOException {
        return store.record(documentId);
    }

    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        SearcherManager searchers = index.searchers();
        if (searchers == null) {
            return SearchResult.EMPTY;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return new PassageSearcher(searcher).search(request);
        } finally {
            searchers.release(searcher);
        }
    }

    private void requireWritable() throws CorpusException {
        if (index.isReadOnly()) {
            throw new CorpusException(CorpusTexts.get("corpus.locked", folder));
        }
    }

    private static String absolute(String path) {
        try {
            return Path.of(path).toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return path;
        }
    }

    private static IOException unwrap(Throwable cause) {
        Throwable inner = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (inner instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        return inner instanceof IOException io ? io : new IOException(inner);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
