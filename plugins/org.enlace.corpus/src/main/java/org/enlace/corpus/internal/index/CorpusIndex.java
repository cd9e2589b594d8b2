package org.enlace.corpus.internal.index;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of one corpus and its single writer. The index lives in
 * {@code CORPUS/.enlace/index-vN}, N being {@link PassageSchema#SCHEMA_VERSION}: a schema change
 * opens an empty folder, which the corpus then fills again from its document store. Each commit
 * records which documents (and which content hash of each) it holds, so after a crash or a
 * rebuild the corpus knows exactly what to index again. A second process finds the write lock
 * taken and gets a read-only view.
 */
public final class CorpusIndex implements Closeable {

    private static final String SCHEMA_KEY = "enlace.schema";
    private static final String DOCUMENT_KEY_PREFIX = "doc:";

    /** Why an index was opened the way it was, for the user. */
    public enum Condition {
        /** Opened as it was left. */
        INTACT,
        /** New or rebuilt: the schema changed, the folder was missing or it was damaged. */
        EMPTY_AFTER_REPAIR,
        /** Another process holds the write lock; this one may only search. */
        READ_ONLY
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Condition condition;
    private final Map<String, String> manifest = new ConcurrentHashMap<>();

    private CorpusIndex(Directory directory, IndexWriter writer, SearcherManager searchers, Condition condition,
            Map<String, String> committed) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.condition = condition;
        this.manifest.putAll(committed);
    }

    public static Path folder(Path enlaceFolder) {
        return enlaceFolder.resolve("index-v" + PassageSchema.SCHEMA_VERSION);
    }

    public static CorpusIndex open(Path enlaceFolder) throws IOException {
        Path folder = folder(enlaceFolder);
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            return openWriting(directory, folder, enlaceFolder);
        } catch (LockObtainFailedException locked) {
            return openReadOnly(directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static CorpusIndex openWriting(Directory directory, Path folder, Path enlaceFolder) throws IOException {
        boolean repaired = false;
        IndexWriter writer = null;
        Map<String, String> committed;
        try {
            writer = new IndexWriter(directory, config());
            committed = documentsOf(writer.getLiveCommitData());
            // Opening a reader reads every segment's metadata: damage shows here, not at the first search.
            DirectoryReader.open(writer).close();
        } catch (LockObtainFailedException locked) {
            throw locked;
        } catch (CorruptIndexException | IndexFormatTooNewException | IndexFormatTooOldException
                | IndexNotFoundException | EOFException | NoSuchFileException damaged) {
            if (writer != null) {
                writer.rollback();
            }
            writer = recreate(directory);
            committed = Map.of();
            repaired = true;
        }
        if (!repaired && committed.isEmpty() && !hasSchemaMark(writer)) {
            repaired = true;
        }
        removeOtherSchemaFolders(enlaceFolder, folder);
        SearcherManager searchers = new SearcherManager(writer, null);
        return new CorpusIndex(directory, writer, searchers,
                repaired ? Condition.EMPTY_AFTER_REPAIR : Condition.INTACT, committed);
    }

    /** Throws the damaged index away; the corpus indexes its documents again from the store. */
    private static IndexWriter recreate(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            directory.deleteFile(file);
        }
        return new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
    }

    private static CorpusIndex openReadOnly(Directory directory) throws IOException {
        Map<String, String> committed;
        try {
            committed = documentsOf(SegmentInfos.readLatestCommit(directory).getUserData().entrySet());
        } catch (IndexNotFoundException e) {
            committed = Map.of();
        }
        SearcherManager searchers = committed.isEmpty() && !DirectoryReader.indexExists(directory) ? null
                : new SearcherManager(directory, null);
        return new CorpusIndex(directory, null, searchers, Condition.READ_ONLY, committed);
    }

    private static IndexWriterConfig config() {
        IndexWriterConfig config = new IndexWriterConfig(PassageSchema.indexAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(128);
        config.setCommitOnClose(false);
        return config;
    }

    private static boolean hasSchemaMark(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) {
            return false;
        }
        for (Map.Entry<String, String> entry : data) {
            if (entry.getKey().equals(SCHEMA_KEY)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> documentsOf(Iterable<Map.Entry<String, String>> data) {
        Map<String, String> documents = new HashMap<>();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().startsWith(DOCUMENT_KEY_PREFIX)) {
                    documents.put(entry.getKey().substring(DOCUMENT_KEY_PREFIX.length()), entry.getValue());
                }
            }
        }
        return documents;
    }

    private static void removeOtherSchemaFolders(Path enlaceFolder, Path current) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(enlaceFolder, "index-v*")) {
            for (Path folder : folders) {
                if (!folder.equals(current) && Files.isDirectory(folder)) {
                    deleteTree(folder);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
            walk.forEach(paths::add);
        }
        Collections.reverse(paths);
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }

    public Condition condition() {
        return condition;
    }

    public boolean isReadOnly() {
        return writer == null;
    }

    /** The documents the index holds as of its last commit and the writes since: id → content hash. */
    public Map<String, String> documents() {
        return Collections.unmodifiableMap(new TreeMap<>(manifest));
    }

    /** The content hash the index holds for a document, or null when it holds none. */
    public String contentHashOf(String documentId) {
        return manifest.get(documentId);
    }

    /** Replaces every passage of a document at once (no search ever sees half of them). */
    public void replaceDocument(String documentId, String contentHash, List<Document> passages) throws IOException {
        requireWriter().updateDocuments(new Term(PassageSchema.DOCUMENT_ID, documentId), passages);
        manifest.put(documentId, contentHash);
    }

    public void deleteDocument(String documentId) throws IOException {
        requireWriter().deleteDocuments(new Term(PassageSchema.DOCUMENT_ID, documentId));
        manifest.remove(documentId);
    }

    /** Makes every write so far durable, and visible to the next {@link #searchers()} acquire. */
    public void commit() throws IOException {
        IndexWriter indexWriter = requireWriter();
        Map<String, String> data = new TreeMap<>();
        data.put(SCHEMA_KEY, String.valueOf(PassageSchema.SCHEMA_VERSION));
        manifest.forEach((id, hash) -> data.put(DOCUMENT_KEY_PREFIX + id, hash));
        indexWriter.setLiveCommitData(data.entrySet());
        indexWriter.commit();
        searchers.maybeRefresh();
    }

    /** Null when the index is read-only and was never written. */
    public SearcherManager searchers() {
        return searchers;
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the index is open read-only");
        }
        return writer;
    }

    /** Closes without committing: what was not committed is redone from the document store next time. */
    @Override
    public void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
        } finally {
            try {
                if (writer != null) {
                    writer.rollback();
                }
            } finally {
                directory.close();
            }
        }
    }
}
