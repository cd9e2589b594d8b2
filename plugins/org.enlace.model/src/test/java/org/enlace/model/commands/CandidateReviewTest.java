package org.enlace.model.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.enlace.model.Document;
import org.enlace.model.EntryPoint;
import org.enlace.model.EntryPointKind;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.Passage;
import org.enlace.model.PlanElement;
import org.enlace.model.PlanningModel;
import org.enlace.model.persistence.ModelStore;
import org.enlace.model.validation.ModelValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accept and reject record the passage as evidence, validate, and undo to the very bytes there were. */
class CandidateReviewTest {

    private static final String SHA = "ab".repeat(32);
    private static final Instant WHEN = Instant.parse("2026-11-23T16:05:07.345Z");
    private static final CandidateEvidence ON_PAGE_111 = new CandidateEvidence("PND 2022-2026", "/plans/pnd.pdf", SHA,
            "es", 262, 111, 51_200, 51_290, "La Nación cofinanciará las atenciones en salud de la población migrante.",
            "\"población migrante\"");

    @TempDir
    Path dir;

    private Path file;
    private byte[] saved;
    private ModelSession session;
    private CandidateReview review;
    private PlanningModel model;

    @BeforeEach
    void openNewModel() throws Exception {
        file = dir.resolve("m.enlace");
        ModelSession created = ModelSession.create(file, "COL", "PND", "es");
        created.save();
        saved = Files.readAllBytes(file);
        session = ModelSession.open(file);
        review = new CandidateReview(session);
        model = session.model();
    }

    private PlanElement newGoal() {
        var plan = org.enlace.model.EnlaceFactory.eINSTANCE.createNationalDevelopmentPlan();
        var goal = org.enlace.model.EnlaceFactory.eINSTANCE.createGoal();
        goal.setCode("G1");
        goal.setTitle("Salud para todos");
        plan.getGoals().add(goal);
        plan.setCode("PND");
        assertTrue(session.execute(new ModelCommands(session).create(model,
                org.enlace.model.EnlacePackage.Literals.PLANNING_MODEL__PLANS, plan)));
        return goal;
    }

    @Test
    void acceptCreatesTheEntryPointWithFullEvidenceAndTheModelValidates() throws Exception {
        PlanElement goal = newGoal();
        var target = session.catalogs().sdgTarget("3.8").orElseThrow();
        var objective = session.catalogs().gcmObjective("15").orElseThrow();

        assertTrue(session.execute(review.accept(ON_PAGE_111, goal, EntryPointKind.PROGRAMME_FOR_MIGRANTS,
                "Salud de la población migrante", List.of(target), List.of(objective), "cofinanciación", "ana",
                WHEN)));

        EntryPoint entryPoint = model.getEntryPoints().get(0);
        assertEquals(EntryPointStatus.ACCEPTED, entryPoint.getStatus());
        assertSame(goal, entryPoint.getAt());
        assertEquals(List.of(target), entryPoint.getSdgTargets());
        assertEquals(List.of(objective), entryPoint.getGcmObjectives());
        Passage passage = entryPoint.getEvidence().get(0);
        Document document = passage.getDocument();
        assertEquals(List.of("PND 2022-2026", "/plans/pnd.pdf", SHA, "es", 262),
                List.of(document.getTitle(), document.getLocation(), document.getSha256(), document.getLanguage(),
                        document.getPages()));
        assertEquals(List.of(111, 51_200, 51_290, ON_PAGE_111.quote(), "\"población migrante\"", "ana",
                "2026-11-23T16:05:07Z"), List.of(passage.getPage(), passage.getStartOffset(), passage.getEndOffset(),
                        passage.getQuote(), passage.getFoundBy(), passage.getReviewer(), passage.getReviewed()));
        assertEquals(List.of(), new ModelValidator().validate(model));

        session.save();
        PlanningModel reloaded = new ModelStore().load(file);
        assertEquals(1, reloaded.getEntryPoints().get(0).getEvidence().size());
        assertEquals("3.8", reloaded.getEntryPoints().get(0).getSdgTargets().get(0).getId());
    }

    @Test
    void undoRemovesEntryPointPassageAndNewDocumentAndRedoBringsThemBack() throws Exception {
        assertTrue(session.execute(review.reject(ON_PAGE_111, "diagnóstico", "ana", WHEN)));
        assertEquals(1, model.getDocuments().size());

        assertTrue(session.undo());
        assertEquals(List.of(), model.getEntryPoints());
        assertEquals(List.of(), model.getDocuments());
        session.save();
        assertArrayEquals(saved, Files.readAllBytes(file));

        assertTrue(session.redo());
        assertEquals(EntryPointStatus.REJECTED, model.getEntryPoints().get(0).getStatus());
        assertEquals(1, model.getDocuments().get(0).getPassages().size());
    }

    @Test
    void aRejectedCandidateIsRememberedAndNeedsNoLinks() {
        assertTrue(session.execute(review.reject(ON_PAGE_111, "migración de datos", "ana", WHEN)));

        EntryPoint rejected = review.decisionOn(SHA, 51_200, 51_290).orElseThrow();
        assertEquals(EntryPointStatus.REJECTED, rejected.getStatus());
        assertEquals("migración de datos", rejected.getRationale());
        assertFalse(review.decisionOn(SHA, 51_200, 51_291).isPresent());
        assertFalse(review.decisionOn("cd".repeat(32), 51_200, 51_290).isPresent());
        assertEquals(List.of(), new ModelValidator().validate(model));
    }

    @Test
    void aSecondPassageOfTheSameDocumentJoinsItsDocument() {
        CandidateEvidence other = new CandidateEvidence("PND 2022-2026", "/plans/pnd.pdf", SHA, "es", 262, 112,
                52_000, 52_100, "…prestados a la población migrante no afiliada…", "migrante");
        assertTrue(session.execute(review.reject(ON_PAGE_111, "", "ana", WHEN)));
        assertTrue(session.execute(review.reject(other, "", "ana", WHEN)));
        assertEquals(1, model.getDocuments().size());
        assertEquals(2, model.getDocuments().get(0).getPassages().size());
    }

    @Test
    void evidenceWithoutAPlaceIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new CandidateEvidence("t", "l", SHA, "es", 1, 0, 0, 10, "q", "f"));
        assertThrows(IllegalArgumentException.class,
                () -> new CandidateEvidence("t", "l", SHA, "es", 1, 1, 10, 10, "q", "f"));
        assertThrows(IllegalArgumentException.class,
                () -> new CandidateEvidence("t", "l", "", "es", 1, 1, 0, 10, "q", "f"));
    }
}
