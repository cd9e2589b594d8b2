package org.enlace.corpus.internal.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.enlace.corpus.DocumentMetadata;
import org.enlace.corpus.DocumentRecord;
import org.enlace.corpus.FileOutcome;
import org.enlace.corpus.FileOutcome.Kind;
import org.enlace.corpus.ImportListener;
import org.enlace.corpus.ImportOptions;
import org.enlace.corpus.ImportReport;
import org.enlace.corpus.MetadataException;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.extract.ExtractionException;
import org.enlace.corpus.extract.ExtractionFailure;
import org.enlace.corpus.extract.Extractors;
import org.enlace.corpus.extract.FailureMessages;
import org.enlace.corpus.internal.index.CorpusIndex;
import org.enlace.corpus.internal.index.PassageDocuments;
import org.enlace.corpus.search.IndexedPassage;
import org.enlace.model.l10n.Messages;

/**
 * Imports files into a corpus: extraction, metadata, passages, the document store and the index,
 * on several threads at once. Each file is a unit: it is imported whole or not at all, and a bad
 * file gets a reason while the others go on. Commits happen every few seconds and at the end,
 * so a cancelled or crashed import keeps what was finished.
 */
public final class CorpusImporter {

    private static final long COMMIT_EVERY_NANOS = 10_000_000_000L;

    private final CorpusIndex index;
    private final DocumentStore store;
    private final MetadataDetector detector = new MetadataDetector();
    private final PassageBuilder builder = new PassageBuilder(new PassageSplitter());
    private final Object commitLock = new Object();
    private volatile long lastCommit = System.nanoTime();

    public CorpusImporter(CorpusIndex index, DocumentStore store) {
        this.index = index;
        this.store = store;
    }

    /** Imports {@code inputs} (files and folders); blocks until done or cancelled. */
    public ImportReport importFiles(List<Path> inputs, ImportOptions options, ImportListener listener,
            Cancellation cancellation) throws IOException {
        long started = System.nanoTime();
        ImportInputs found = ImportInputs.of(inputs);
        Map<String, DocumentRecord> bySource = new ConcurrentHashMap<>();
        Map<String, DocumentRecord> byHash = new ConcurrentHashMap<>();
        for (DocumentRecord record : store.records()) {
            bySource.put(record.source(), record);
            byHash.putIfAbsent(record.contentHash(), record);
        }
        Map<Path, String> hashes = claimContents(found.files(), options, bySource, byHash);
        ImportCounters batch = new ImportCounters(found.files().size() + found.skipped().size(), started, listener);
        List<FileOutcome> outcomes = new ArrayList<>(found.skipped());
        found.skipped().forEach(outcome -> batch.done(outcome));
        ExecutorService workers = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<FileOutcome>> results = new ArrayList<>();
            for (Path file : found.files()) {
                results.add(workers.submit(() -> {
                    FileOutcome outcome = importOne(file, hashes.get(file), options, bySource, byHash, cancellation);
                    batch.done(outcome);
                    commitIfDue();
                    return outcome;
                }));
            }
            for (Future<FileOutcome> result : results) {
                outcomes.add(await(result));
            }
        } finally {
            workers.shutdownNow();
        }
        index.commit();
        return new ImportReport(outcomes, batch.pages(), batch.passages(), batch.characters(),
                System.nanoTime() - started, cancellation.isCancelled());
    }

    /** Indexes again, from the store, the documents the index lacks or holds in another version. */
    public int reindexFromStore(Cancellation cancellation) throws IOException {
        Map<String, String> indexed = index.documents();
        int reindexed = 0;
        Set<String> stored = new HashSet<>();
        for (DocumentRecord record : store.records()) {
            if (cancellation.isCancelled()) {
                // Documents not looked at yet are not known to be stored: keep their passages.
                index.commit();
                return reindexed;
            }
            if (!record.contentHash().equals(indexed.get(record.id()))) {
                Optional<DocumentStore.Stored> document = store.load(record.id());
                if (document.isEmpty()) {
                    // A record without its text cannot be indexed: it is dropped, and below so are its old passages.
                    store.delete(record.id());
                    continue;
                }
                index.replaceDocument(record.id(), record.contentHash(),
                        documents(builder.passages(record.id(), record.metadata(), document.get().document())));
                reindexed++;
            }
            stored.add(record.id());
        }
        for (String id : indexed.keySet()) {
            if (!stored.contains(id)) {
                index.deleteDocument(id);
            }
        }
        index.commit();
        return reindexed;
    }

    /**
     * Hashes the files in path order and claims each new content for the first file that has it, so
     * which of two identical files is imported and which is left out as a copy does not depend on
     * which thread gets there first.
     */
    private static Map<Path, String> claimContents(List<Path> files, ImportOptions options,
            Map<String, DocumentRecord> bySource, Map<String, DocumentRecord> byHash) {
        Map<Path, String> hashes = new ConcurrentHashMap<>();
        for (Path file : files) {
            try {
                if (Files.size(file) > options.limits().maxFileBytes()) {
                    continue;
                }
                String hash = DocumentIds.contentHash(file);
                hashes.put(file, hash);
                String source = file.toAbsolutePath().normalize().toString();
                if (!bySource.containsKey(source)) {
                    // Claimed under the id the file will get, so a copy later in the batch can name it.
                    byHash.putIfAbsent(hash, placeholder(DocumentIds.idFor(file), source, hash));
                }
            } catch (IOException e) {
                // Unreadable: importOne reads it again and reports why.
            }
        }
        return hashes;
    }

    private FileOutcome importOne(Path file, String knownHash, ImportOptions options,
            Map<String, DocumentRecord> bySource, Map<String, DocumentRecord> byHash, Cancellation cancellation) {
        String name = file.toString();
        try {
            if (cancellation.isCancelled()) {
                throw new ExtractionException(ExtractionFailure.CANCELLED, "");
            }
            long bytes = Files.size(file);
            if (bytes > options.limits().maxFileBytes()) {
                // Refused before hashing; the detail names the limit, as the extractors' own check does.
                throw new ExtractionException(ExtractionFailure.TOO_LARGE,
                        bytes + " bytes, more than " + options.limits().maxFileBytes());
            }
            DocumentMetadata given = Sidecars.read(file).overriddenBy(options.metadata());
            String hash = knownHash != null ? knownHash : DocumentIds.contentHash(file);
            String source = file.toAbsolutePath().normalize().toString();
            DocumentRecord existing = bySource.get(source);
            if (existing == null) {
                DocumentRecord twin = byHash.get(hash);
                if (twin != null && !twin.source().equals(source)) {
                    return FileOutcome.leftOut(name, CorpusTexts.get("import.duplicate", twin.source(), twin.id()));
                }
            } else if (existing.contentHash().equals(hash)) {
                Optional<FileOutcome> unchanged = sameContent(name, existing, given, hash);
                if (unchanged.isPresent()) {
                    return unchanged.get();
                }
            }
            return extractAndIndex(file, name, source, hash, bytes, given, existing, options, cancellation);
        } catch (ExtractionException e) {
            return skipped(name, FailureMessages.describe(e, Messages.locale()));
        } catch (MetadataException e) {
            return skipped(name, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return skipped(name, CorpusTexts.get("import.failed", String.valueOf(e.getMessage())));
        }
    }

    private Optional<FileOutcome> sameContent(String name, DocumentRecord existing, DocumentMetadata given,
            String hash) throws IOException {
        DocumentMetadata metadata = existing.metadata().overriddenBy(given);
        boolean indexed = hash.equals(index.contentHashOf(existing.id()));
        if (metadata.equals(existing.metadata()) && indexed) {
            return Optional.of(new FileOutcome(name, Kind.UNCHANGED, existing.id(), "", existing.pages(),
                    existing.passages(), existing.characters()));
        }
        Optional<DocumentStore.Stored> stored = store.load(existing.id());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ExtractedDocument document = stored.get().document();
        List<IndexedPassage> passages = builder.passages(existing.id(), metadata, document);
        DocumentRecord record = new DocumentRecord(existing.id(), existing.source(), hash, existing.bytes(), metadata,
                existing.pages(), passages.size(), existing.characters(), Instant.now());
        store.save(record, document);
        index.replaceDocument(record.id(), hash, documents(passages));
        return Optional.of(new FileOutcome(name, Kind.METADATA_UPDATED, record.id(), "", record.pages(),
                passages.size(), record.characters()));
    }

    private FileOutcome extractAndIndex(Path file, String name, String source, String hash, long bytes,
            DocumentMetadata given, DocumentRecord existing, ImportOptions options, Cancellation cancellation)
            throws ExtractionException, IOException {
        ExtractedDocument document = Extractors.extract(file, options.limits(),
                cancellation.withTimeout(options.limits().timeoutMillis()));
        DocumentMetadata metadata = detector.detect(file, document).overriddenBy(given);
        String id = existing != null ? existing.id() : DocumentIds.idFor(file);
        List<IndexedPassage> passages = builder.passages(id, metadata, document);
        DocumentRecord record = new DocumentRecord(id, source, hash, bytes, metadata, document.pageCount(),
                passages.size(), document.text().length(), Instant.now());
        cancellation.check();
        store.save(record, document);
        index.replaceDocument(id, hash, documents(passages));
        return new FileOutcome(name, existing == null ? Kind.IMPORTED : Kind.REPLACED, id, "", record.pages(),
                passages.size(), record.characters());
    }

    private static DocumentRecord placeholder(String id, String source, String hash) {
        return new DocumentRecord(id, source, hash, 0, DocumentMetadata.UNKNOWN, 0, 0, 0, Instant.EPOCH);
    }

    private static List<Document> documents(List<IndexedPassage> passages) {
        List<Document> documents = new ArrayList<>(passages.size());
        for (IndexedPassage passage : passages) {
            documents.add(PassageDocuments.toDocument(passage));
        }
        return documents;
    }

    private static FileOutcome skipped(String name, String reason) {
        return FileOutcome.skipped(name, reason);
    }

    private void commitIfDue() throws IOException {
        if (System.nanoTime() - lastCommit < COMMIT_EVERY_NANOS) {
            return;
        }
        synchronized (commitLock) {
            if (System.nanoTime() - lastCommit >= COMMIT_EVERY_NANOS) {
                index.commit();
                lastCommit = System.nanoTime();
            }
        }
    }

    private static FileOutcome await(Future<FileOutcome> result) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }
}
