package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.enlace.model.commands.CandidateEvidence;
import org.enlace.model.commands.CandidateReview;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.persistence.ModelLoadException;
import org.enlace.model.persistence.ModelSaveException;

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
        try {
            CandidateEvidence evidence = CandidateLookup.evidence(review.corpus, review.candidateId, review.query);
            ModelSession session = ModelSession.open(review.model);
            CandidateReview candidates = new CandidateReview(session);
            if (candidates.decisionOn(evidence.documentSha256(), evidence.start(), evidence.end()).isPresent()) {
                err.println(CliText.get("review.already", review.candidateId, review.model));
                return ExitCodes.PROBLEMS;
            }
            session.execute(candidates.reject(evidence, reason, review.reviewer, Instant.now()));
            session.save();
            out.println(CliText.get("reject.done", review.candidateId, review.model));
            return ExitCodes.OK;
        } catch (CandidateLookup.CandidateException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (ModelLoadException | ModelSaveException e) {
            err.println(e.getLocalizedMessage());
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println(CliText.get("corpus.failed", review.corpus, e.getMessage()));
            return ExitCodes.UNREADABLE;
        }
    }
}
