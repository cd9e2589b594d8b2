package org.enlace.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.enlace.model.Diagram;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EntryPoint;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.GcmObjective;
import org.enlace.model.Goal;
import org.enlace.model.Identified;
import org.enlace.model.Indicator;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.NationalDevelopmentPlan;
import org.enlace.model.Node;
import org.enlace.model.Pillar;
import org.enlace.model.PlanningModel;
import org.enlace.model.SdgTarget;
import org.enlace.model.Target;
import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramCommands;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.ModelCommands;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.commands.NodeSpec;
import org.enlace.model.persistence.EnlaceResourceSets;
import org.enlace.model.persistence.ModelStore;

/**
 * A small Spanish model opened in a session: plan PND ⊃ pillar P1 ⊃ goal G1 ⊃ target T1 ⊃
 * indicator I1, entry point "Salud de migrantes" (proposed) at G1, and links G1 → SDG 3.8
 * (aligns partially), G1 → GCM 15 (contributes to), T1 → I1 (measured by), G1 → SDG 10.7
 * (aligns partially). Diagrams are made by the tests, through commands.
 */
public final class PlanFixture {

    private static final EnlaceFactory F = EnlaceFactory.eINSTANCE;

    public final ModelSession session;
    public final PlanningModel model;
    public final ModelCommands modelCommands;
    public final DiagramCommands diagramCommands;

    private PlanFixture(ModelSession session) {
        this.session = session;
        this.model = session.model();
        this.modelCommands = new ModelCommands(session);
        this.diagramCommands = new DiagramCommands(session);
    }

    public static PlanFixture open(Path dir) throws Exception {
        Path file = dir.resolve("plan.enlace");
        new ModelStore().save(build(file), file);
        return new PlanFixture(ModelSession.open(file));
    }

    private static PlanningModel build(Path file) {
        ResourceSet resourceSet = EnlaceResourceSets.create();
        CatalogQuery catalogs = new CatalogQuery(resourceSet);
        Resource resource = resourceSet.createResource(ModelStore.uriOf(file));
        PlanningModel model = F.createPlanningModel();
        model.setId("m");
        model.setModelVersion(1);
        model.setCountry("COL");
        model.setTitle("Plan y migración");
        model.setLanguage("es");
        resource.getContents().add(model);

        NationalDevelopmentPlan plan = F.createNationalDevelopmentPlan();
        plan.setId("plan");
        plan.setCode("PND");
        plan.setTitle("Plan Nacional de Desarrollo");
        model.getPlans().add(plan);
        Pillar pillar = element(F.createPillar(), "p1", "P1", "Seguridad humana");
        plan.getPillars().add(pillar);
        Goal goal = element(F.createGoal(), "g1", "G1", "Salud para migrantes");
        pillar.getGoals().add(goal);
        Target target = element(F.createTarget(), "t1", "T1", "Cofinanciar la atención");
        goal.getTargets().add(target);
        Indicator indicator = element(F.createIndicator(), "i1", "I1", "Atenciones a migrantes");
        target.getIndicators().add(indicator);

        EntryPoint entryPoint = F.createEntryPoint();
        entryPoint.setId("ep");
        entryPoint.setTitle("Salud de migrantes");
        entryPoint.setStatus(EntryPointStatus.PROPOSED);
        entryPoint.setAt(goal);
        model.getEntryPoints().add(entryPoint);

        model.getLinks().add(link("l1", LinkKind.ALIGNS_PARTIALLY, goal, catalogs.sdgTarget("3.8").orElseThrow()));
        model.getLinks().add(link("l2", LinkKind.CONTRIBUTES_TO, goal, catalogs.gcmObjective("15").orElseThrow()));
        model.getLinks().add(link("l3", LinkKind.MEASURED_BY, target, indicator));
        model.getLinks().add(link("l4", LinkKind.ALIGNS_PARTIALLY, goal, catalogs.sdgTarget("10.7").orElseThrow()));
        return model;
    }

    private static <T extends org.enlace.model.PlanElement> T element(T element, String id, String code,
            String title) {
        element.setId(id);
        element.setCode(code);
        element.setTitle(title);
        return element;
    }

    private static Link link(String id, LinkKind kind, Identified source, Identified target) {
        Link link = F.createLink();
        link.setId(id);
        link.setKind(kind);
        link.setSource(source);
        link.setTarget(target);
        link.setCreated("2026-11-23T12:00:00Z");
        return link;
    }

    public void execute(Command command) {
        assertTrue(session.execute(command), "the command runs");
    }

    /** A new diagram, through the commands, showing the given elements at the given bounds. */
    public Diagram diagram(String name, Object... elementsAndBounds) {
        execute(diagramCommands.newDiagram(name));
        Diagram diagram = DiagramQuery.byName(model, name).orElseThrow();
        List<NodeSpec> specs = new ArrayList<>();
        for (int i = 0; i < elementsAndBounds.length; i += 2) {
            specs.add(new NodeSpec((Identified) elementsAndBounds[i], (Bounds) elementsAndBounds[i + 1]));
        }
        if (!specs.isEmpty()) {
            execute(diagramCommands.addNodes(diagram, specs));
        }
        return diagram;
    }

    public NationalDevelopmentPlan plan() {
        return (NationalDevelopmentPlan) model.getPlans().get(0);
    }

    public Pillar pillar() {
        return plan().getPillars().get(0);
    }

    public Goal goal() {
        return pillar().getGoals().get(0);
    }

    public Target target() {
        return goal().getTargets().get(0);
    }

    public Indicator indicator() {
        return target().getIndicators().get(0);
    }

    public EntryPoint entryPoint() {
        return model.getEntryPoints().get(0);
    }

    public Link link(String id) {
        return model.getLinks().stream().filter(link -> link.getId().equals(id)).findFirst().orElseThrow();
    }

    public SdgTarget sdg(String code) {
        return session.catalogs().sdgTarget(code).orElseThrow();
    }

    public GcmObjective gcm(String number) {
        return session.catalogs().gcmObjective(number).orElseThrow();
    }

    /** Fails when two nodes of the diagram share any area. */
    public static void assertNoOverlaps(Diagram diagram) {
        List<Node> nodes = diagram.getNodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(Bounds.of(nodes.get(i)).overlaps(Bounds.of(nodes.get(j))),
                        nodes.get(i).getElement().getId() + " overlaps " + nodes.get(j).getElement().getId());
            }
        }
    }
}
