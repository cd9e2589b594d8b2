package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.enlace.corpus.Corpus;
import org.enlace.corpus.DocumentMetadata;
import org.enlace.corpus.DocumentRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code enlace corpus list --corpus FOLDER}: the documents of a corpus with their metadata. */
@Command(name = "list", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class CorpusListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpusOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Corpus corpus = corpusOption.open(false, err)) {
            List<DocumentRecord> documents = corpus.documents();
            for (DocumentRecord document : documents) {
                DocumentMetadata metadata = document.metadata();
                out.println(CliText.get("list.document", document.id(), dash(metadata.country()),
                        dash(metadata.level()), dash(metadata.period()), dash(metadata.language()), document.pages(),
                        document.passages(), metadata.title()));
                out.println(CliText.get("list.source", document.source()));
            }
            out.println(CliText.get("list.summary", documents.size(),
                    documents.stream().mapToLong(DocumentRecord::passages).sum()));
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(CliText.get("corpus.failed", corpusOption.folder, e.getMessage()));
            return ExitCodes.UNREADABLE;
        }
    }

    private static String dash(String value) {
        return value.isEmpty() ? "-" : value;
    }
}
