package org.enlace.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.enlace.model.EntryPointKind;
import org.enlace.model.GcmObjective;
import org.enlace.model.PlanElement;
import org.enlace.model.SdgTarget;

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
        return review.record(out, err, (session, candidates, evidence) -> {
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
            return candidates.accept(evidence, at, entryPointKind, title != null ? title : at.getTitle(), targets,
                    objectives, rationale, review.reviewer, Instant.now());
        }, "accept.done", review.candidateId, element, review.model);
    }
}
