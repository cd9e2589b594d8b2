package org.enlace.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enlace reject CANDIDATE_ID --corpus FOLDER --model FILE [--reason TEXT]}: remembers in the
 * model that a candidate passage is not an entry point, so it is not proposed again.
 */
@Command(name = "reject", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class RejectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReviewOptions review;

    @Option(names = "--reason", descriptionKey = "reject.reason")
    String reason = "";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return review.record(out, err, (session, candidates, evidence) -> candidates.reject(evidence, reason,
                review.reviewer, Instant.now()), "reject.done", review.candidateId, review.model);
    }
}
