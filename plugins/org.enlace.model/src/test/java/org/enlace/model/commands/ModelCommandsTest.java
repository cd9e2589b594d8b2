package org.enlace.model.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.enlace.model.Diagram;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.EntryPoint;
import org.enlace.model.Goal;
import org.enlace.model.Identified;
import org.enlace.model.Indicator;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.NationalDevelopmentPlan;
import org.enlace.model.Plan;
import org.enlace.model.PlanningModel;
import org.enlace.model.SdgTarget;
import org.enlace.model.Target;
import org.enlace.model.TestModels;
import org.enlace.model.persistence.ModelStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every edit goes through the session's stack: it executes, undoes to exactly what was there, and redoes. */
class ModelCommandsTest {

    private static final EnlacePackage P = EnlacePackage.eINSTANCE;
    private static final String UUID = "_[A-Za-z0-9_-]{22}";

    @TempDir
    Path dir;

    private Path file;
    private byte[] saved;
    private ModelSession session;
    private ModelCommands commands;
    private PlanningModel model;

    @BeforeEach
    void openEveryClass() throws Exception {
        file = dir.resolve("m.enlace");
        new ModelStore().save(TestModels.everyClass(file), file);
        saved = Files.readAllBytes(file);
        session = ModelSession.open(file);
        commands = new ModelCommands(session);
        model = session.model();
    }

    @Test
    void createAddsAGoalWithAFreshIdAndUndoRemovesIt() throws Exception {
        Plan plan = model.getPlans().get(0);
        Goal goal = EnlaceFactory.eINSTANCE.createGoal();
        goal.setTitle("Integración de personas migrantes");

        assertTrue(session.execute(commands.create(plan, P.getPlan_Goals(), goal)));

        assertEquals(List.of("goal-2", goal.getId()), ids(plan.getGoals()));
        assertTrue(goal.getId().matches(UUID), goal.getId());
        assertEquals(1, countOfId(goal.getId()), "the id is used by no other object");
        assertSame(plan, goal.eContainer());
        String id = goal.getId();

        assertTrue(session.undo());
        assertEquals(List.of("goal-2"), ids(plan.getGoals()));
        assertNull(goal.eContainer());
        assertUnchanged();

        assertTrue(session.redo());
        assertEquals(List.of("goal-2", id), ids(plan.getGoals()));
        assertSame(plan, goal.eContainer());
    }

    @Test
    void createKeepsAnIdTheObjectAlreadyHas() {
        Plan plan = model.getPlans().get(0);
        Goal goal = EnlaceFactory.eINSTANCE.createGoal();
        goal.setId("mine");
        assertTrue(session.execute(commands.create(plan, P.getPlan_Goals(), goal)));
        assertEquals(List.of("goal-2", "mine"), ids(plan.getGoals()));
    }

    @Test
    void setChangesAnAttributeAndUndoRestoresIt() throws Exception {
        Goal goal = goal();

        assertTrue(session.execute(commands.set(goal, P.getPlanElement_Title(), "Trabajo decente")));
        assertEquals("Trabajo decente", goal.getTitle());

        assertTrue(session.undo());
        assertEquals("Empleo formal para todas las personas", goal.getTitle());
        assertUnchanged();

        assertTrue(session.redo());
        assertEquals("Trabajo decente", goal.getTitle());
    }

    @Test
    void setChangesAReferenceAndUndoRestoresIt() throws Exception {
        EntryPoint entryPoint = model.getEntryPoints().get(0);
        Goal looseGoal = model.getPlans().get(0).getGoals().get(0);
        Target target = goal().getTargets().get(0);

        assertTrue(session.execute(commands.set(entryPoint, P.getEntryPoint_At(), looseGoal)));
        assertSame(looseGoal, entryPoint.getAt());

        assertTrue(session.undo());
        assertSame(target, entryPoint.getAt());
        assertUnchanged();

        assertTrue(session.redo());
        assertSame(looseGoal, entryPoint.getAt());
    }

    @Test
    void linkDrawsAnAllowedLinkAndUndoTakesItAway() throws Exception {
        Goal goal = goal();
        SdgTarget decentWork = session.catalogs().sdgTarget("8.5").orElseThrow();

        Command command = commands.link(goal, decentWork, LinkKind.CONTRIBUTES_TO, "Empleo formal", "ana");
        assertTrue(command.canExecute());
        assertTrue(session.execute(command));

        assertEquals(3, model.getLinks().size());
        Link link = model.getLinks().get(2);
        assertEquals(LinkKind.CONTRIBUTES_TO, link.getKind());
        assertSame(goal, link.getSource());
        assertSame(decentWork, link.getTarget());
        assertEquals("Empleo formal", link.getRationale());
        assertEquals("ana", link.getAuthor());
        assertTrue(link.getCreated().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), link.getCreated());
        assertTrue(link.getId().matches(UUID), link.getId());
        String id = link.getId();

        assertTrue(session.undo());
        assertEquals(List.of("l-1", "l-2"), ids(model.getLinks()));
        assertUnchanged();

        assertTrue(session.redo());
        assertEquals(List.of("l-1", "l-2", id), ids(model.getLinks()));
    }

    @Test
    void aLinkOfAKindThatDoesNotFitItsEndsIsRefusedAndChangesNothing() throws Exception {
        Goal goal = goal();
        Command command = commands.link(goal, session.catalogs().sdgIndicator("8.5.2").orElseThrow(),
                LinkKind.PROXY_FOR, "no", "ana");

        assertFalse(command.canExecute());
        assertFalse(session.execute(command));

        assertEquals(List.of("l-1", "l-2"), ids(model.getLinks()));
        assertFalse(session.commandStack().canUndo());
        assertFalse(session.isDirty());
        assertUnchanged();
    }

    @Test
    void aLinkMadeAheadIsAddedAsItWasMadeOrRefusedWhenItsKindDoesNotFit() {
        Goal goal = goal();
        SdgTarget migration = session.catalogs().sdgTarget("10.7").orElseThrow();
        Link link = ModelCommands.newLink(goal, migration, LinkKind.ALIGNS_FULLY, "Migración ordenada", "ana");
        assertTrue(link.getId().matches(UUID), link.getId());
        assertNull(link.eContainer());

        assertTrue(session.execute(commands.add(link)));
        assertSame(link, model.getLinks().get(2));

        Link wrong = ModelCommands.newLink(migration, goal, LinkKind.ALIGNS_FULLY, null, "ana");
        assertFalse(commands.add(wrong).canExecute());
    }

    @Test
    void deleteTakesLinksAndDiagramNodesAlongAndUndoBringsThemBack() throws Exception {
        Goal goal = goal();
        Target target = goal.getTargets().get(0);
        Indicator indicator = target.getIndicators().get(0);
        EntryPoint entryPoint = model.getEntryPoints().get(0);
        Diagram diagram = model.getDiagrams().get(0);
        List<Link> links = List.copyOf(model.getLinks());

        assertEquals(List.of("goal", "l-1", "l-2", "n-1", "e-1"), ids(commands.whatGoesWith(List.of(goal))));
        assertTrue(session.execute(commands.delete(List.of(goal))));

        assertNull(goal.eContainer());
        assertEquals(List.of(), ids(model.getPlans().get(0).getPillars().get(0).getGoals()));
        assertEquals(List.of(), ids(model.getLinks()));
        assertEquals(List.of("n-2"), ids(diagram.getNodes()));
        assertEquals(List.of(), ids(diagram.getEdges()));
        assertNull(entryPoint.getAt(), "a reference to an object inside the deleted one is cleared");
        assertEquals(0, countOfId("goal") + countOfId("target") + countOfId("indicator"));

        assertTrue(session.undo());
        assertEquals(List.of("goal"), ids(model.getPlans().get(0).getPillars().get(0).getGoals()));
        assertSame(goal, model.getPlans().get(0).getPillars().get(0).getGoals().get(0));
        assertSame(target, goal.getTargets().get(0));
        assertSame(indicator, target.getIndicators().get(0));
        assertEquals(links, model.getLinks());
        assertSame(goal, links.get(0).getSource());
        assertSame(target, links.get(1).getSource());
        assertSame(indicator, links.get(1).getTarget());
        assertEquals(List.of("n-1", "n-2"), ids(diagram.getNodes()));
        assertSame(goal, diagram.getNodes().get(0).getElement());
        assertEquals(List.of("e-1"), ids(diagram.getEdges()));
        assertSame(links.get(0), diagram.getEdges().get(0).getLink());
        assertSame(target, entryPoint.getAt());
        assertUnchanged();

        assertTrue(session.redo());
        assertEquals(List.of(), ids(model.getLinks()));
        assertEquals(List.of("n-2"), ids(diagram.getNodes()));
        assertEquals(List.of(), ids(diagram.getEdges()));
        assertNull(entryPoint.getAt());
    }

    @Test
    void deletingALinkTakesItsDiagramEdgeButNotItsEnds() {
        Link aligns = model.getLinks().get(0);
        assertEquals(List.of("l-1", "e-1"), ids(commands.whatGoesWith(List.of(aligns))));
        assertTrue(session.execute(commands.delete(List.of(aligns))));
        assertEquals(List.of("l-2"), ids(model.getLinks()));
        assertEquals(List.of("n-1", "n-2"), ids(model.getDiagrams().get(0).getNodes()));
        assertEquals(List.of(), ids(model.getDiagrams().get(0).getEdges()));
    }

    @Test
    void deletingNothingIsRefused() {
        assertFalse(commands.delete(List.of()).canExecute());
        assertFalse(session.execute(commands.delete(List.of())));
    }

    @Test
    void dirtyFollowsTheStackAndSaving() throws Exception {
        assertFalse(session.isDirty(), "just opened");

        assertTrue(session.execute(commands.set(goal(), P.getPlanElement_Title(), "Trabajo decente")));
        assertTrue(session.isDirty(), "after an edit");

        session.save();
        assertFalse(session.isDirty(), "after saving");
        assertTrue(Files.readString(file).contains("title=\"Trabajo decente\""));

        assertTrue(session.undo());
        assertTrue(session.isDirty(), "undo after save changes the model again");

        assertTrue(session.redo());
        assertFalse(session.isDirty(), "redo gets back to what was saved");
    }

    @Test
    void aNewModelIsDirtyUntilSaved() throws Exception {
        Path newFile = dir.resolve("new.enlace");
        ModelSession created = ModelSession.create(newFile, "COL", "t", "es");
        PlanningModel fresh = created.model();
        assertEquals("COL", fresh.getCountry());
        assertEquals("t", fresh.getTitle());
        assertEquals("es", fresh.getLanguage());
        assertEquals(1, fresh.getModelVersion());
        assertTrue(fresh.getId().matches(UUID), fresh.getId());
        assertTrue(created.isDirty());

        created.save();

        assertFalse(created.isDirty());
        assertEquals(fresh.getId(), new ModelStore().load(newFile).getId());
    }

    @Test
    void editingACatalogueEntryIsRefusedBecauseCataloguesAreReadOnly() {
        SdgTarget target = session.catalogs().sdgTarget("10.7").orElseThrow();
        String title = target.getTitleEn();
        assertTrue(session.editingDomain().isReadOnly(target.eResource()));

        Command command = commands.set(target, P.getCatalogEntry_TitleEn(), "Edited");

        assertFalse(command.canExecute());
        assertFalse(session.execute(command));
        assertEquals(title, target.getTitleEn());
        assertFalse(session.isDirty());
    }

    @Test
    void renewGivesEveryObjectOfACopiedTreeANewId() {
        Goal goal = goal();
        Goal copy = EcoreUtil.copy(goal);
        assertEquals(List.of("goal", "target", "indicator"), idsOfTree(copy));

        Ids.renew(copy);

        List<String> renewed = idsOfTree(copy);
        assertEquals(3, renewed.size());
        assertEquals(3, new HashSet<>(renewed).size());
        for (String id : renewed) {
            assertTrue(id.matches(UUID), id);
        }
        assertEquals(List.of("goal", "target", "indicator"), idsOfTree(goal), "the original keeps its ids");
        assertEquals("Tasa de desempleo", copy.getTargets().get(0).getTitle());
    }

    @Test
    void ensureGivesIdsOnlyToObjectsWithout() {
        Goal goal = EnlaceFactory.eINSTANCE.createGoal();
        goal.setId("kept");
        Target target = EnlaceFactory.eINSTANCE.createTarget();
        target.setId(" ");
        goal.getTargets().add(target);
        Indicator indicator = EnlaceFactory.eINSTANCE.createIndicator();
        target.getIndicators().add(indicator);

        Ids.ensure(goal);

        assertEquals("kept", goal.getId());
        assertTrue(target.getId().matches(UUID), target.getId());
        assertTrue(indicator.getId().matches(UUID), indicator.getId());
        assertNotEquals(target.getId(), indicator.getId());
    }

    @Test
    void aCopyPastedIntoAnotherModelKeepsItsIds() {
        ModelSession other = ModelSession.create(dir.resolve("other.enlace"), "COL", "Otro", "es");
        ModelCommands otherCommands = new ModelCommands(other);
        NationalDevelopmentPlan plan = EnlaceFactory.eINSTANCE.createNationalDevelopmentPlan();
        assertTrue(other.execute(otherCommands.create(other.model(), P.getPlanningModel_Plans(), plan)));

        Goal copy = EcoreUtil.copy(goal());
        assertTrue(other.execute(otherCommands.create(plan, P.getPlan_Goals(), copy)));

        assertEquals(List.of("goal", "target", "indicator"), idsOfTree(other.model().getPlans().get(0).getGoals().get(0)));
        assertEquals(List.of("goal", "target", "indicator"), idsOfTree(goal()), "the original is untouched");
    }

    private Goal goal() {
        return model.getPlans().get(0).getPillars().get(0).getGoals().get(0);
    }

    /** The model is byte for byte what was loaded. */
    private void assertUnchanged() {
        assertArrayEquals(saved, ModelStore.serialize(model.eResource()), "the model is exactly as loaded");
    }

    private int countOfId(String id) {
        int count = 0;
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified && id.equals(identified.getId())) {
                count++;
            }
        }
        return count;
    }

    private static List<String> ids(java.util.Collection<? extends EObject> objects) {
        return objects.stream().map(o -> ((Identified) o).getId()).toList();
    }

    private static List<String> idsOfTree(EObject root) {
        Set<EObject> all = new java.util.LinkedHashSet<>();
        all.add(root);
        root.eAllContents().forEachRemaining(all::add);
        return ids(all.stream().filter(Identified.class::isInstance).toList());
    }
}
