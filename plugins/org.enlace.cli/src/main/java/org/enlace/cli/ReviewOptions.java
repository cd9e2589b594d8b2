package org.enlace.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What accept and reject share: the candidate, the corpus it comes from, the model, the reviewer. */
final class ReviewOptions {

    @Parameters(index = "0", paramLabel = "CANDIDATE_ID", descriptionKey = "review.candidate")
    String candidateId;

    @Option(names = "--corpus", required = true, paramLabel = "FOLDER", descriptionKey = "review.corpus")
    Path corpus;

    @Option(names = "--model", required = true, paramLabel = "FILE", descriptionKey = "review.model")
    Path model;

    @Option(names = "--reviewer", descriptionKey = "review.reviewer")
    String reviewer = System.getProperty("user.name", "");

    @Option(names = "--query", descriptionKey = "review.query")
    String query;
}
