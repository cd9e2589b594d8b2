package org.enlace.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.enlace.corpus.internal.index.PassageDocuments;
import org.enlace.corpus.internal.index.PassageSchema;
import org.enlace.corpus.search.IndexedPassage;

/**
 * A large corpus made deterministically (fixed seed) from the real passages: each generated
 * passage reorders the sentences of a real one and borrows a sentence from another, and belongs to
 * one of 2,000 synthetic plans spread over the region's countries, levels and periods. Term
 * statistics stay those of real plans, which is what query latency depends on.
 */
final class GeneratedCorpus {

    private static final long SEED = 20261123L;
    private static final int DOCUMENTS = 2_000;
    private static final String[] COUNTRIES = {"COL", "GTM", "MEX", "CRI", "HND", "SLV", "PAN", "DOM", "NIC", "BLZ",
        "USA", "CAN"};
    private static final String[] LEVELS = {"national", "sectoral", "subnational"};

    private GeneratedCorpus() {
    }

    static void build(List<IndexedPassage> real, Path folder, int count) throws Exception {
        List<IndexedPassage> spanish = real.stream().filter(p -> p.language().equals("es")).toList();
        List<IndexedPassage> english = real.stream().filter(p -> p.language().equals("en")).toList();
        int threads = Runtime.getRuntime().availableProcessors();
        IndexWriterConfig config = new IndexWriterConfig(PassageSchema.indexAnalyzer()).setRAMBufferSizeMB(256);
        try (FSDirectory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> parts = new ArrayList<>();
            int slice = (count + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                int from = t * slice;
                int to = Math.min(count, from + slice);
                parts.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        writer.addDocument(PassageDocuments.toDocument(passage(i, spanish, english)));
                        if (i % 100_000 == 0) {
                            CorpusBenchmark.progress("generated " + i + " passages");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
            pool.shutdown();
            writer.commit();
        }
    }

    /** Passage {@code i}: the same for a given i on every run, whatever the thread. */
    static IndexedPassage passage(int i, List<IndexedPassage> spanish, List<IndexedPassage> english) {
        Random random = new Random(SEED * 31 + i);
        int document = i % DOCUMENTS;
        boolean inEnglish = document % 10 == 9 && !english.isEmpty();
        List<IndexedPassage> pool = inEnglish ? english : spanish;
        IndexedPassage base = pool.get(random.nextInt(pool.size()));
        IndexedPassage other = pool.get(random.nextInt(pool.size()));
        List<String> sentences = new ArrayList<>(Arrays.asList(base.text().split("(?<=\\.)\\s+")));
        Collections.shuffle(sentences, random);
        String[] borrowed = other.text().split("(?<=\\.)\\s+");
        sentences.add(random.nextInt(sentences.size() + 1), borrowed[random.nextInt(borrowed.length)]);
        String text = String.join(" ", sentences);
        int startYear = 2000 + document % 25;
        int ordinal = i / DOCUMENTS;
        return new IndexedPassage(String.format("gen-%04d", document), ordinal, "Plan generado " + document,
                COUNTRIES[document % COUNTRIES.length], LEVELS[document % LEVELS.length], inEnglish ? "en" : "es",
                startYear, startYear + 4, "", 1 + ordinal / 4, ordinal * 1_000, ordinal * 1_000 + text.length(),
                base.heading(), text);
    }

    static void checkSize(int count) throws IOException {
        if (count < 1) {
            throw new IOException("the generated corpus needs at least one passage");
        }
    }
}
