package org.enlace.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.enlace.corpus.Corpus;
import org.enlace.corpus.DocumentRecord;
import org.enlace.corpus.search.IndexedPassage;
import org.enlace.corpus.search.PassageSearcher;
import org.enlace.corpus.search.SearchRequest;

/**
 * (4) Latency of the 50 fixed queries (top 10, highlighted), after a warm-up, on the real corpus
 * through the corpus API and on the generated million-passage corpus through the same searcher.
 */
final class QueryLatencyBenchmark {

    private static final int WARM_UP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 10;
    private static final int TOP = 10;

    private final Report report;
    private final List<String> queries;
    private boolean headerWritten;

    QueryLatencyBenchmark(Report report) throws Exception {
        this.report = report;
        this.queries = loadQueries();
    }

    interface Search {
        long hits(String query) throws Exception;
    }

    void onCorpus(Path corpusFolder) throws Exception {
        try (Corpus corpus = Corpus.open(corpusFolder, false)) {
            long passages = corpus.documents().stream().mapToLong(DocumentRecord::passages).sum();
            measure("real corpus", passages, query -> corpus.search(new SearchRequest(query, TOP, false, false))
                    .totalHits());
        }
    }

    void onGenerated(Path realCorpus, Path folder, int count) throws Exception {
        GeneratedCorpus.checkSize(count);
        List<IndexedPassage> real = realPassages(realCorpus);
        CorpusBenchmark.progress("building the generated corpus of " + count + " passages");
        double seconds = Stopwatch.seconds(() -> GeneratedCorpus.build(real, folder, count));
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            PassageSearcher passageSearcher = new PassageSearcher(searcher);
            measure("generated corpus (indexed in " + Stopwatch.format(seconds, 0) + " s on every core)", reader.numDocs(),
                    query -> passageSearcher.search(new SearchRequest(query, TOP, false, false)).totalHits());
        }
    }

    private void measure(String name, long passages, Search search) throws Exception {
        CorpusBenchmark.progress("timing " + queries.size() + " queries on the " + name);
        long hits = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String query : queries) {
                hits += search.hits(query);
            }
        }
        double[] millis = new double[queries.size() * MEASURED_ROUNDS];
        int sample = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                hits += search.hits(query);
                millis[sample++] = (System.nanoTime() - start) / 1e6;
            }
        }
        if (!headerWritten) {
            report.heading("4. Query latency: " + queries.size() + " queries × " + MEASURED_ROUNDS
                    + " rounds after " + WARM_UP_ROUNDS + " warm-up rounds, top " + TOP + " highlighted");
            report.table("corpus", "passages", "p50 (ms)", "p99 (ms)", "max (ms)", "targets at 1M passages");
            headerWritten = true;
        }
        report.row(name, passages, Stopwatch.format(Stopwatch.percentile(millis, 50), 2),
                Stopwatch.format(Stopwatch.percentile(millis, 99), 2),
                Stopwatch.format(Stopwatch.percentile(millis, 100), 2), "p50 < 10, p99 < 50");
        CorpusBenchmark.progress("total hits counted: " + hits);
    }

    private static List<IndexedPassage> realPassages(Path corpusFolder) throws Exception {
        try (Corpus corpus = Corpus.open(corpusFolder, false)) {
            return corpus.passages(null);
        }
    }

    private static List<String> loadQueries() throws Exception {
        List<String> queries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                QueryLatencyBenchmark.class.getResourceAsStream("queries.txt"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    queries.add(line.strip());
                }
            }
        }
        return queries;
    }
}
