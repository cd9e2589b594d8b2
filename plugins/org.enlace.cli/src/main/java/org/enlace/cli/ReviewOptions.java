package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.enlace.model.commands.CandidateEvidence;
import org.enlace.model.commands.CandidateReview;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.persistence.ModelLoadException;
import org.enlace.model.persistence.ModelSaveException;

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

    /** The decision to record, made once the candidate and the model are known. */
    @FunctionalInterface
    interface Decision {
        Command make(ModelSession session, CandidateReview review, CandidateEvidence evidence);
    }

    /**
     * Looks the candidate up, refuses one already decided in the model, records the decision and
     * saves; returns the exit code. {@code done} is the message key, given the candidate and the model.
     */
    int record(PrintWriter out, PrintWriter err, Decision decision, String done, Object... doneArguments) {
        try {
            CandidateEvidence evidence = CandidateLookup.evidence(corpus, candidateId, query);
            ModelSession session = ModelSession.open(model);
            CandidateReview review = new CandidateReview(session);
            if (review.decisionOn(evidence.documentSha256(), evidence.start(), evidence.end()).isPresent()) {
                err.println(CliText.get("review.already", candidateId, model));
                return ExitCodes.PROBLEMS;
            }
            session.execute(decision.make(session, review, evidence));
            session.save();
            out.println(CliText.get(done, doneArguments));
            return ExitCodes.OK;
        } catch (CandidateLookup.CandidateException | UsageProblem e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (ModelLoadException | ModelSaveException e) {
            err.println(e.getLocalizedMessage());
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println(CliText.get("corpus.failed", corpus, e.getMessage()));
            return ExitCodes.UNREADABLE;
        }
    }
}
