package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.enlace.corpus.Corpus;

import picocli.CommandLine.Option;

/** The {@code --corpus FOLDER} option every corpus command takes, and opening the corpus it names. */
final class CorpusOption {

    @Option(names = "--corpus", required = true, paramLabel = "FOLDER", descriptionKey = "corpus.folder")
    Path folder;

    /** Opens the corpus and tells the user what they should know about it (rebuilt, read-only). */
    Corpus open(boolean create, PrintWriter err) throws IOException {
        Corpus corpus = Corpus.open(folder, create);
        for (String notice : corpus.notices()) {
            err.println(CliText.get("corpus.notice", notice));
        }
        return corpus;
    }
}
