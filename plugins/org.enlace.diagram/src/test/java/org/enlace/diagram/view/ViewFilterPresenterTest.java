package org.enlace.diagram.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.enlace.diagram.DiagramProjection;
import org.enlace.diagram.PlanFixture;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.NodeSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters hide exactly the expected cells of the view and change nothing in the model. */
class ViewFilterPresenterTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private Diagram diagram;
    private DiagramProjection projection;
    private ViewFilterPresenter filters;

    @BeforeEach
    void open() throws Exception {
        fixture = PlanFixture.open(dir);
        diagram = fixture.diagram("D", fixture.goal(), box(0), fixture.sdg("3.8"), box(1), fixture.gcm("15"), box(2),
                fixture.target(), box(3), fixture.indicator(), box(4), fixture.entryPoint(), box(5));
        projection = DiagramProjection.open(fixture.session, diagram);
        filters = new ViewFilterPresenter(fixture.session, projection);
    }

    @AfterEach
    void close() {
        filters.close();
        projection.close();
    }

    private static Bounds box(int i) {
        return new Bounds(i * 200, 0, 150, 60);
    }

    private Node node(Object element) {
        return DiagramQuery.nodeOf(diagram, (org.eclipse.emf.ecore.EObject) element).orElseThrow();
    }

    private Edge edge(String linkId) {
        return DiagramQuery.edgeOf(diagram, fixture.link(linkId)).orElseThrow();
    }

    /** The diagram's nodes and edges whose cells the graph shows as hidden, in diagram order. */
    private List<Object> invisible() {
        List<Object> hidden = new ArrayList<>();
        diagram.getNodes().stream().filter(n -> !projection.graph().getModel().isVisible(projection.cellOf(n)))
                .forEach(hidden::add);
        diagram.getEdges().stream().filter(e -> !projection.graph().getModel().isVisible(projection.cellOf(e)))
                .forEach(hidden::add);
        return hidden;
    }

    @Test
    void hidingALinkKindHidesExactlyItsEdgesAndLeavesTheModelAlone() {
        Command lastCommand = fixture.session.commandStack().getUndoCommand();
        filters.setLinkKindHidden(LinkKind.ALIGNS_PARTIALLY, true);
        assertEquals(List.of(edge("l1")), filters.hiddenShapes());
        assertEquals(List.of(edge("l1")), invisible());
        assertSame(lastCommand, fixture.session.commandStack().getUndoCommand());
        assertEquals(6, diagram.getNodes().size());
        assertEquals(3, diagram.getEdges().size());
        assertTrue(filters.isFiltering());
    }

    @Test
    void hidingAStatusHidesItsEntryPointsAndTheEdgesAtThem() {
        filters.setStatusHidden(EntryPointStatus.ACCEPTED, true);
        assertEquals(List.of(), invisible());
        filters.setStatusHidden(EntryPointStatus.PROPOSED, true);
        assertEquals(List.of(node(fixture.entryPoint())), invisible());
    }

    @Test
    void edgesTheModelAddsLaterAreFilteredToo() {
        filters.setLinkKindHidden(LinkKind.ALIGNS_PARTIALLY, true);
        fixture.execute(fixture.diagramCommands.addNodes(diagram, List.of(new NodeSpec(fixture.sdg("10.7"), box(6)))));
        assertEquals(List.of(edge("l1"), edge("l4")), invisible());
    }

    @Test
    void resetShowsEverythingAgain() {
        filters.setLinkKindHidden(LinkKind.MEASURED_BY, true);
        filters.setLinkKindHidden(LinkKind.CONTRIBUTES_TO, true);
        filters.setStatusHidden(EntryPointStatus.PROPOSED, true);
        assertEquals(List.of(node(fixture.entryPoint()), edge("l2"), edge("l3")), invisible());
        filters.reset();
        assertEquals(List.of(), invisible());
        assertFalse(filters.isFiltering());
    }
}
