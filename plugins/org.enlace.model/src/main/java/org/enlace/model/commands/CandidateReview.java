package org.enlace.model.commands;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.enlace.model.Document;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.EntryPoint;
import org.enlace.model.EntryPointKind;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.GcmObjective;
import org.enlace.model.Passage;
import org.enlace.model.PlanElement;
import org.enlace.model.PlanningModel;
import org.enlace.model.SdgTarget;

/**
 * Accepting and rejecting candidate entry points, as undoable commands. Both record the passage as
 * evidence (document, page, offsets, quote, what found it, who reviewed it and when); an accepted
 * candidate becomes an entry point on a plan element linked to SDG targets and GCM objectives, a
 * rejected one an entry point with status {@code rejected}, kept so that searching again does not
 * bring the passage back. The model file is the memory, so a team sharing it shares its reviews.
 */
public final class CandidateReview {

    private final EditingDomain domain;
    private final PlanningModel model;

    public CandidateReview(ModelSession session) {
        this.domain = session.editingDomain();
        this.model = session.model();
    }

    public Command accept(CandidateEvidence evidence, PlanElement at, EntryPointKind kind, String title,
            Collection<SdgTarget> sdgTargets, Collection<GcmObjective> gcmObjectives, String rationale,
            String reviewer, Instant when) {
        EntryPoint entryPoint = entryPoint(EntryPointStatus.ACCEPTED, title, rationale);
        entryPoint.setAt(at);
        entryPoint.setKind(kind);
        entryPoint.getSdgTargets().addAll(sdgTargets);
        entryPoint.getGcmObjectives().addAll(gcmObjectives);
        return record(evidence, entryPoint, reviewer, when, "Accept candidate");
    }

    public Command reject(CandidateEvidence evidence, String reason, String reviewer, Instant when) {
        return record(evidence, entryPoint(EntryPointStatus.REJECTED, "", reason), reviewer, when,
                "Reject candidate");
    }

    /** The decision already taken on the passage {@code [start, end)} of a document, if any. */
    public Optional<EntryPoint> decisionOn(String documentSha256, int start, int end) {
        for (EntryPoint entryPoint : model.getEntryPoints()) {
            for (Passage passage : entryPoint.getEvidence()) {
                Document document = passage.getDocument();
                if (document != null && documentSha256.equals(document.getSha256())
                        && Integer.valueOf(start).equals(passage.getStartOffset())
                        && Integer.valueOf(end).equals(passage.getEndOffset())) {
                    return Optional.of(entryPoint);
                }
            }
        }
        return Optional.empty();
    }

    private EntryPoint entryPoint(EntryPointStatus status, String title, String rationale) {
        EntryPoint entryPoint = EnlaceFactory.eINSTANCE.createEntryPoint();
        entryPoint.setId(Ids.newId());
        entryPoint.setStatus(status);
        entryPoint.setTitle(title);
        entryPoint.setRationale(rationale);
        return entryPoint;
    }

    private Command record(CandidateEvidence evidence, EntryPoint entryPoint, String reviewer, Instant when,
            String label) {
        Passage passage = EnlaceFactory.eINSTANCE.createPassage();
        passage.setId(Ids.newId());
        passage.setPage(evidence.page());
        passage.setStartOffset(evidence.start());
        passage.setEndOffset(evidence.end());
        passage.setQuote(evidence.quote());
        passage.setFoundBy(evidence.foundBy());
        passage.setReviewer(reviewer);
        passage.setReviewed(when.truncatedTo(ChronoUnit.SECONDS).toString());
        entryPoint.getEvidence().add(passage);
        CompoundCommand command = new CompoundCommand(label);
        Optional<Document> known = document(evidence.documentSha256());
        if (known.isPresent()) {
            command.append(AddCommand.create(domain, known.get(), EnlacePackage.Literals.DOCUMENT__PASSAGES, passage));
        } else {
            Document document = newDocument(evidence);
            document.getPassages().add(passage);
            command.append(AddCommand.create(domain, model, EnlacePackage.Literals.PLANNING_MODEL__DOCUMENTS,
                    document));
        }
        command.append(AddCommand.create(domain, model, EnlacePackage.Literals.PLANNING_MODEL__ENTRY_POINTS,
                entryPoint));
        return command;
    }

    private Optional<Document> document(String sha256) {
        return model.getDocuments().stream().filter(document -> sha256.equals(document.getSha256())).findFirst();
    }

    private static Document newDocument(CandidateEvidence evidence) {
        Document document = EnlaceFactory.eINSTANCE.createDocument();
        document.setId(Ids.newId());
        document.setTitle(evidence.documentTitle());
        document.setLocation(evidence.documentLocation());
        document.setSha256(evidence.documentSha256());
        document.setLanguage(evidence.documentLanguage().isEmpty() ? null : evidence.documentLanguage());
        document.setPages(evidence.documentPages() > 0 ? evidence.documentPages() : null);
        return document;
    }
}
