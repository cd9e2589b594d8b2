package org.enlace.model.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.enlace.model.Diagram;
import org.enlace.model.Goal;
import org.enlace.model.Identified;
import org.enlace.model.Indicator;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;
import org.enlace.model.SdgTarget;
import org.enlace.model.Target;
import org.enlace.model.TestModels;
import org.enlace.model.persistence.ModelLoadException;
import org.enlace.model.persistence.ModelSaveException;
import org.enlace.model.persistence.ModelStore;

/**
 * The model of {@link TestModels#everyClass} opened in a session, for the diagram command tests:
 * diagram "Empleo" shows the goal (node n-1) and SDG target 10.7 (n-2) joined by edge e-1 of link
 * l-1; link l-2 (target → indicator) is drawn nowhere.
 */
final class DiagramFixture {

    static final String UUID = "_[A-Za-z0-9_-]{22}";

    final ModelSession session;
    final PlanningModel model;
    final DiagramCommands commands;

    private DiagramFixture(ModelSession session) {
        this.session = session;
        this.model = session.model();
        this.commands = new DiagramCommands(session);
    }

    static DiagramFixture open(Path dir) throws ModelSaveException, ModelLoadException {
        Path file = dir.resolve("m.enlace");
        new ModelStore().save(TestModels.everyClass(file), file);
        return new DiagramFixture(ModelSession.open(file));
    }

    /** The whole model as it would be saved, to compare before and after undo. */
    String xmi() {
        return new String(ModelStore.serialize(model.eResource()), StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code command}, checks that undo brings back exactly the model as it was and that redo
     * brings back exactly what the command made, and leaves the command done.
     */
    void executeUndoRedo(Command command) {
        String before = xmi();
        assertTrue(session.execute(command), "the command runs");
        String after = xmi();
        assertTrue(session.undo());
        assertEquals(before, xmi(), "undo restores the model exactly");
        assertTrue(session.redo());
        assertEquals(after, xmi(), "redo makes the same model again");
    }

    Diagram empleo() {
        return model.getDiagrams().get(0);
    }

    Diagram newDiagram(String name) {
        assertTrue(session.execute(commands.newDiagram(name)));
        return DiagramQuery.byName(model, name).orElseThrow();
    }

    Goal goal() {
        return model.getPlans().get(0).getPillars().get(0).getGoals().get(0);
    }

    Target target() {
        return goal().getTargets().get(0);
    }

    Indicator indicator() {
        return target().getIndicators().get(0);
    }

    SdgTarget sdg(String code) {
        return session.catalogs().sdgTarget(code).orElseThrow();
    }

    Node node(Diagram diagram, EObject element) {
        return DiagramQuery.nodeOf(diagram, element).orElseThrow();
    }

    static List<String> ids(Collection<? extends EObject> objects) {
        return objects.stream().map(o -> ((Identified) o).getId()).toList();
    }
}
