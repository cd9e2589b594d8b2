package org.enlace.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.enlace.corpus.Corpus;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.internal.importing.CorpusImporter;
import org.enlace.corpus.internal.importing.DocumentStore;
import org.enlace.corpus.internal.index.CorpusIndex;
import org.enlace.corpus.internal.index.PassageDocuments;
import org.enlace.corpus.internal.index.PassageSchema;
import org.enlace.corpus.search.IndexedPassage;

/**
 * (2) Our indexing pipeline (stored text → passages → Lucene documents → index with the corpus's
 * commit bookkeeping) against a bare IndexWriter given the same passages, already cut, turned into
 * the same Lucene documents with the same analyzer. Both on one thread; the ratio is the cost of
 * everything Enlace adds to Lucene (reading the store, cutting passages, replacing by document,
 * recording the documents in the commit).
 */
final class IndexingOverheadBenchmark {

    private static final int RUNS = 3;

    private final Path realCorpus;
    private final Path work;
    private final Report report;

    IndexingOverheadBenchmark(Path realCorpus, Path work, Report report) {
        this.realCorpus = realCorpus;
        this.work = work;
        this.report = report;
    }

    void run() throws Exception {
        DocumentStore store = new DocumentStore(realCorpus.resolve(Corpus.DATA_FOLDER).resolve("documents"));
        Map<String, List<IndexedPassage>> byDocument = new LinkedHashMap<>();
        try (Corpus corpus = Corpus.open(realCorpus, false)) {
            for (IndexedPassage passage : corpus.passages(null)) {
                byDocument.computeIfAbsent(passage.documentId(), id -> new ArrayList<>()).add(passage);
            }
        }
        Collection<List<IndexedPassage>> documents = byDocument.values();
        long passages = documents.stream().mapToLong(List::size).sum();
        CorpusBenchmark.progress("indexing " + passages + " passages: ours vs bare Lucene");
        int[] round = {0};
        double ours = Stopwatch.medianSeconds(RUNS, () -> {
            Path folder = work.resolve("ours-" + round[0]++);
            try (CorpusIndex index = CorpusIndex.open(folder)) {
                new CorpusImporter(index, store).reindexFromStore(Cancellation.none());
            }
        });
        double bare = Stopwatch.medianSeconds(RUNS, () -> {
            Path folder = work.resolve("bare-" + round[0]++);
            IndexWriterConfig config = new IndexWriterConfig(PassageSchema.indexAnalyzer()).setRAMBufferSizeMB(128);
            try (FSDirectory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
                for (List<IndexedPassage> batch : documents) {
                    List<Document> lucene = new ArrayList<>(batch.size());
                    for (IndexedPassage passage : batch) {
                        lucene.add(PassageDocuments.toDocument(passage));
                    }
                    writer.addDocuments(lucene);
                }
                writer.commit();
            }
        });
        report.heading("2. Indexing pipeline overhead against bare Lucene (one thread, median of " + RUNS + ")");
        report.table("passages", "ours (s)", "bare IndexWriter (s)", "ours / bare", "target");
        report.row(passages, Stopwatch.format(ours, 2), Stopwatch.format(bare, 2), Stopwatch.format(ours / bare, 2),
                "≤ 1.25");
        report.line("");
        report.line("Ours reads each document's stored text, cuts passages, builds the Lucene documents, replaces "
                + "them by document id and commits with the corpus's bookkeeping; bare turns the same passages, "
                + "cut beforehand, into the same Lucene documents and adds them with the same analyzer and RAM buffer.");
    }
}
