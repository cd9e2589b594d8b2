package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.enlace.corpus.Corpus;
import org.enlace.corpus.DocumentRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace corpus remove ID|PATH… --corpus FOLDER} and {@code --missing}: drop documents
 * (their passages and stored text) from a corpus. Exit 1 when something named was not there.
 */
@Command(name = "remove", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class CorpusRemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpusOption;

    @Parameters(arity = "0..*", paramLabel = "ID|PATH", descriptionKey = "remove.documents")
    List<String> documents = new ArrayList<>();

    @Option(names = "--missing", descriptionKey = "remove.missing")
    boolean missing;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (documents.isEmpty() && !missing) {
            err.println(CliText.get("remove.nothing"));
            return ExitCodes.UNREADABLE;
        }
        try (Corpus corpus = corpusOption.open(false, err)) {
            List<DocumentRecord> removed = new ArrayList<>();
            if (!documents.isEmpty()) {
                removed.addAll(corpus.remove(documents));
            }
            if (missing) {
                removed.addAll(corpus.removeMissing());
            }
            for (DocumentRecord record : removed) {
                out.println(CliText.get("remove.removed", record.id(), record.source()));
            }
            int exit = ExitCodes.OK;
            for (String wanted : documents) {
                boolean found = removed.stream().anyMatch(record -> record.id().equals(wanted)
                        || record.source().equals(java.nio.file.Path.of(wanted).toAbsolutePath().normalize().toString()));
                if (!found) {
                    err.println(CliText.get("remove.notFound", wanted));
                    exit = ExitCodes.PROBLEMS;
                }
            }
            out.println(CliText.get("remove.summary", removed.size()));
            return exit;
        } catch (IOException e) {
            err.println(CliText.get("corpus.failed", corpusOption.folder, e.getMessage()));
            return ExitCodes.UNREADABLE;
        }
    }
}
