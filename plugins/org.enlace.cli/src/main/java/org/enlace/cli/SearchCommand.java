package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.enlace.corpus.Corpus;
import org.enlace.corpus.search.QuerySyntaxException;
import org.enlace.corpus.search.SearchRequest;
import org.enlace.corpus.search.SearchResult;
import org.enlace.model.l10n.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace search QUERY --corpus FOLDER}: ranked passages with document, page, score and a
 * snippet with the matched words marked, as a table, JSON or CSV. Exit 0 with hits, 1 without,
 * 2 for a bad query or an unusable corpus.
 */
@Command(name = "search", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpusOption;

    @Parameters(index = "0", paramLabel = "QUERY", descriptionKey = "search.query")
    String query;

    @Option(names = "--top", defaultValue = "10", descriptionKey = "search.top")
    int top;

    @Option(names = "--facets", descriptionKey = "search.facets")
    boolean facets;

    @Option(names = "--expand", descriptionKey = "search.expand")
    boolean expand;

    @Option(names = "--format", defaultValue = "table", descriptionKey = "search.format")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (top < 1) {
            err.println(CliText.get("search.badTop", top));
            return ExitCodes.UNREADABLE;
        }
        if (facets && format == Format.csv) {
            err.println(CliText.get("search.facetsCsv"));
            return ExitCodes.UNREADABLE;
        }
        try (Corpus corpus = corpusOption.open(false, err)) {
            SearchResult result = corpus.search(new SearchRequest(query, top, facets, expand));
            switch (format) {
                case table -> new SearchTable(out, System.console() != null).print(result, facets);
                case json -> SearchJson.print(result, out);
                case csv -> SearchCsv.print(result, out);
            }
            return result.hits().isEmpty() ? ExitCodes.PROBLEMS : ExitCodes.OK;
        } catch (QuerySyntaxException e) {
            err.println(CliText.get("search.badQuery", e.message(Messages.locale())));
            err.println("  " + e.query());
            err.println("  " + e.caretLine());
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println(CliText.get("corpus.failed", corpusOption.folder, e.getMessage()));
            return ExitCodes.UNREADABLE;
        }
    }
}
