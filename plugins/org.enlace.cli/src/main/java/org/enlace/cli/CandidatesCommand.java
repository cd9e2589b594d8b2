package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.enlace.corpus.Corpus;
import org.enlace.corpus.DocumentRecord;
import org.enlace.corpus.detect.Candidate;
import org.enlace.corpus.detect.CandidateFinder;
import org.enlace.corpus.detect.MigrationScorer;
import org.enlace.corpus.detect.PackException;
import org.enlace.corpus.detect.SavedSearch;
import org.enlace.corpus.detect.SavedSearches;
import org.enlace.corpus.search.IndexedPassage;
import org.enlace.model.commands.CandidateReview;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.l10n.Messages;
import org.enlace.model.persistence.ModelLoadException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace candidates --corpus FOLDER [--model FILE] [--document ID] [--top N] [--format table|json|csv]}:
 * the passages of a corpus that are about human migration, commitments first, each with the
 * clauses that fired and the SDG targets and GCM objectives suggested; with a model, the passages
 * already accepted or rejected in it are left out. {@code --save NAME} keeps the search in the corpus;
 * {@code --saved NAME} runs it again over the documents imported or changed since, showing only
 * their candidates. Exit 0 with candidates, 1 without, 2 on errors.
 */
@Command(name = "candidates", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class CandidatesCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "FOLDER", descriptionKey = "corpus.folder")
    Path corpusFolder;

    @Option(names = "--model", paramLabel = "FILE", descriptionKey = "candidates.model")
    Path model;

    @Option(names = "--document", paramLabel = "ID", descriptionKey = "candidates.document")
    String document;

    @Option(names = "--top", defaultValue = "20", descriptionKey = "candidates.top")
    int top;

    @Option(names = "--format", defaultValue = "table", descriptionKey = "search.format")
    Format format;

    @Option(names = "--pack", paramLabel = "FILE", descriptionKey = "eval.pack")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--save", paramLabel = "NAME", descriptionKey = "candidates.save")
    String save;

    @Option(names = "--saved", paramLabel = "NAME", descriptionKey = "candidates.saved")
    String saved;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (top < 1) {
            err.println(CliText.get("search.badTop", top));
            return ExitCodes.UNREADABLE;
        }
        String name = save != null ? save : saved;
        if (save != null && saved != null || name != null && !SavedSearches.isValidName(name)) {
            err.println(CliText.get("candidates.badSaved", name));
            return ExitCodes.UNREADABLE;
        }
        try (Corpus corpus = Corpus.open(corpusFolder, false)) {
            SavedSearches searches = new SavedSearches(corpusFolder);
            SavedSearch search = new SavedSearch(name == null ? "" : name, document == null ? "" : document,
                    packs.stream().map(Path::toString).toList(), Map.of());
            if (saved != null) {
                Optional<SavedSearch> found = searches.find(saved);
                if (found.isEmpty()) {
                    err.println(CliText.get("candidates.noSaved", saved, String.join(", ", searches.names())));
                    return ExitCodes.UNREADABLE;
                }
                search = found.get();
                document = search.document().isEmpty() ? null : search.document();
                packs = search.packs().stream().map(Path::of).toList();
            }
            if (document != null && corpus.document(document).isEmpty()) {
                err.println(CliText.get("candidates.noDocument", document, corpusFolder));
                return ExitCodes.UNREADABLE;
            }
            MigrationScorer scorer = Packs.scorer(corpusFolder, packs);
            Map<String, String> hashes = new TreeMap<>();
            for (DocumentRecord record : corpus.documents()) {
                hashes.put(record.id(), record.contentHash());
            }
            SavedSearch before = search;
            List<IndexedPassage> passages = corpus.passages(document).stream()
                    .filter(passage -> !before.hasSeen(passage.documentId(), hashes.get(passage.documentId())))
                    .toList();
            List<Candidate> found = new CandidateFinder(scorer).find(passages, reviewed(hashes));
            if (name != null) {
                Map<String, String> seen = new TreeMap<>(search.seen());
                passages.forEach(passage -> seen.put(passage.documentId(), hashes.get(passage.documentId())));
                searches.save(search.withSeen(seen));
            }
            List<Candidate> shown = found.subList(0, Math.min(top, found.size()));
            switch (format) {
                case table -> new CandidateTable(out).print(found.size(), shown);
                case json -> CandidateJson.print(found.size(), shown, out);
                case csv -> CandidateCsv.print(shown, out);
            }
            return found.isEmpty() ? ExitCodes.PROBLEMS : ExitCodes.OK;
        } catch (PackException e) {
            err.println(e.explain(Messages.locale()));
        } catch (ModelLoadException e) {
            err.println(e.getLocalizedMessage());
        } catch (IOException e) {
            err.println(CliText.get("corpus.failed", corpusFolder, e.getMessage()));
        }
        return ExitCodes.UNREADABLE;
    }

    /** Passages already accepted or rejected in the model; none without a model. */
    private Predicate<IndexedPassage> reviewed(Map<String, String> hashes) throws ModelLoadException {
        if (model == null) {
            return passage -> false;
        }
        CandidateReview review = new CandidateReview(ModelSession.open(model));
        return passage -> review.decisionOn(hashes.getOrDefault(passage.documentId(), ""), passage.start(), passage.end())
                .isPresent();
    }
}
