package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.enlace.model.EntryPointKind;
import org.enlace.model.GcmObjective;
import org.enlace.model.PlanElement;
import org.enlace.model.SdgTarget;
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
 * {@code enlace accept CANDIDATE_ID --corpus FOLDER --model FILE --element CODE --kind KIND [--sdg 10.7 …]}:
 * makes a candidate passage an entry point of a plan element, with the passage as evidence, and saves.
 */
@Command(name = "accept", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true)
final class AcceptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReviewOptions review;

    @Option(names = "--element", required = true, paramLabel = "CODE", descriptionKey = "accept.element")
    String element;

    @Option(names = "--kind", required = true, descriptionKey = "accept.kind")
    String kind;

    @Option(names = "--title", descriptionKey = "accept.title")
    String title;

    @Option(names = "--sdg", split = ",", paramLabel = "TARGET", descriptionKey = "accept.sdg")
    List<String> sdgTargets = new ArrayList<>();

    @Option(names = "--gcm", split = ",", paramLabel = "OBJECTIVE", descriptionKey = "accept.gcm")
    List<String> gcmObjectives = new ArrayList<>();

    @Option(names = "--rationale", descriptionKey = "accept.rationale")
    String rationale = "";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EntryPointKind entryPointKind = EntryPointKind.get(kind);
        if (entryPointKind == null) {
            err.println(CliText.get("accept.badKind", kind, EntryPointKind.VALUES.stream()
                    .map(EntryPointKind::getLiteral).toList()));
            return ExitCodes.UNREADABLE;
        }
        try {
            CandidateEvidence evidence = CandidateLookup.evidence(review.corpus, review.candidateId, review.query);
            ModelSession session = ModelSession.open(review.model);
            PlanElement at = PlanElementsByCode.find(session.model(), element);
            List<SdgTarget> targets = new ArrayList<>();
            for (String code : sdgTargets) {
                targets.add(session.catalogs().sdgTarget(code.strip())
                        .orElseThrow(() -> new UsageProblem(CliText.get("accept.badSdg", code))));
            }
            List<GcmObjective> objectives = new ArrayList<>();
            for (String number : gcmObjectives) {
                objectives.add(session.catalogs().gcmObjective(number.strip())
                        .orElseThrow(() -> new UsageProblem(CliText.get("accept.badGcm", number))));
            }
            if (new CandidateReview(session).decisionOn(evidence.documentSha256(), evidence.start(), evidence.end())
                    .isPresent()) {
                err.println(CliText.get("review.already", review.candidateId, review.model));
                return ExitCodes.PROBLEMS;
            }
            org.eclipse.emf.common.command.Command command = new CandidateReview(session).accept(evidence, at, entryPointKind,
                    title != null ? title : at.getTitle(), targets, objectives, rationale, review.reviewer,
                    Instant.now());
            session.execute(command);
            session.save();
            out.println(CliText.get("accept.done", review.candidateId, element, review.model));
            return ExitCodes.OK;
        } catch (CandidateLookup.CandidateException | UsageProblem e) {
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
