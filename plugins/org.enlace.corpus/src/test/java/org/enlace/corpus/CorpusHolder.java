package org.enlace.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The other process of {@link CorpusLockTest}: opens the corpus named by its argument, says
 * whether it may write, and holds it open until its standard input is closed.
 */
public final class CorpusHolder {

    private CorpusHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (Corpus corpus = Corpus.open(Path.of(args[0]), false)) {
            System.out.println(corpus.isReadOnly() ? "read-only" : "writing");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Waits for the test to close the pipe.
            }
        }
    }
}
