package org.enlace.corpus;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that start from the plans folder of {@link CorpusFixtures} imported into an open corpus. */
abstract class ImportedPlans {

    @TempDir
    Path dir;

    /** The folder of plans, as {@link CorpusFixtures#plans} writes it. */
    Path plans;
    /** The corpus {@code dir/corpus}, open for writing. */
    Corpus corpus;
    /** What the first import of the plans did. */
    ImportReport report;

    @BeforeEach
    void importPlans() throws Exception {
        plans = CorpusFixtures.plans(dir);
        corpus = Corpus.open(dir.resolve("corpus"), true);
        report = CorpusFixtures.importFiles(corpus, plans);
    }

    @AfterEach
    void closeCorpus() throws Exception {
        corpus.close();
    }
}
