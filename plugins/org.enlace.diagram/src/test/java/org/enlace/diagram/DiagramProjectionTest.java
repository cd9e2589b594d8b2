package org.enlace.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enlace.model.Bendpoint;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EnlacePackage;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.LinkKind;
import org.enlace.model.Node;
import org.enlace.model.catalog.Titles;
import org.enlace.model.commands.Bounds;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.NodeSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mxgraph.model.mxGeometry;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.util.mxEvent;
import com.mxgraph.util.mxPoint;

/** Each kind of model change, run as a command, shows in the graph exactly; undo puts the cells back. */
class DiagramProjectionTest {

    private static final EnlacePackage P = EnlacePackage.eINSTANCE;
    /** Wide enough that no title here wraps: labels are then exact on any machine's fonts. */
    private static final int WIDE = 2000;

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private Diagram diagram;
    private DiagramProjection projection;

    @BeforeEach
    void showGoalAndSdgTarget() throws Exception {
        fixture = PlanFixture.open(dir);
        diagram = fixture.diagram("Salud", fixture.goal(), new Bounds(10, 20, WIDE, 60),
                fixture.sdg("3.8"), new Bounds(10, 200, WIDE, 60));
        projection = DiagramProjection.open(fixture.session, diagram);
    }

    @AfterEach
    void close() {
        projection.close();
    }

    private Node node(Object element) {
        return DiagramQuery.nodeOf(diagram, (org.eclipse.emf.ecore.EObject) element).orElseThrow();
    }

    private Bounds geometry(Object cell) {
        mxGeometry geometry = projection.graph().getModel().getGeometry(cell);
        return new Bounds((int) geometry.getX(), (int) geometry.getY(), (int) geometry.getWidth(),
                (int) geometry.getHeight());
    }

    private String label(Object cell) {
        return (String) projection.graph().getModel().getValue(cell);
    }

    private Object style(Object cell, String key) {
        return projection.graph().getCellStyle(cell).get(key);
    }

    private List<Object> vertices() {
        return GraphCells.all(projection.graph(), true);
    }

    private List<Object> edges() {
        return GraphCells.all(projection.graph(), false);
    }

    @Test
    void eachNodeIsAVertexAtItsBoundsAndEachEdgeJoinsTheNodesOfItsLink() {
        assertEquals(2, vertices().size());
        assertEquals(1, edges().size());
        Object goal = projection.cellOf(node(fixture.goal()));
        Object sdg = projection.cellOf(node(fixture.sdg("3.8")));
        assertEquals(new Bounds(10, 20, WIDE, 60), geometry(goal));
        assertEquals(new Bounds(10, 200, WIDE, 60), geometry(sdg));
        Object edge = edges().get(0);
        mxIGraphModel model = projection.graph().getModel();
        assertSame(goal, model.getTerminal(edge, true));
        assertSame(sdg, model.getTerminal(edge, false));
        assertEquals("l1", projection.edgeOf(edge).orElseThrow().getLink().getId());
    }

    @Test
    void cellsAndNodesMapBothWays() {
        Node goal = node(fixture.goal());
        Object cell = projection.cellOf(goal);
        assertSame(goal, projection.nodeOf(cell).orElseThrow());
        assertTrue(projection.edgeOf(cell).isEmpty());
        Edge edge = diagram.getEdges().get(0);
        assertSame(edge, projection.edgeOf(projection.cellOf(edge)).orElseThrow());
        assertTrue(projection.nodeOf(projection.graph().getDefaultParent()).isEmpty());
    }

    @Test
    void labelsAreCodeThenTitleAndCatalogueEntriesSpeakTheModelsLanguage() {
        assertEquals("G1\nSalud para migrantes", label(projection.cellOf(node(fixture.goal()))));
        assertEquals("ODS 3.8\n" + fixture.sdg("3.8").getTitleEs(), label(projection.cellOf(node(fixture.sdg("3.8")))));
        assertEquals("se alinea parcialmente", label(edges().get(0)));
    }

    @Test
    void movingAndResizingChangeTheGeometryAndResizingRewrapsTheLabel() {
        Node goal = node(fixture.goal());
        fixture.execute(fixture.diagramCommands.setBounds(Map.of(goal, new Bounds(40, 50, 90, 80))));
        Object cell = projection.cellOf(goal);
        assertEquals(new Bounds(40, 50, 90, 80), geometry(cell));
        assertEquals(projection.styles().label(fixture.goal(), 90), label(cell));
        assertTrue(label(cell).split("\n").length > 2, label(cell));

        assertTrue(fixture.session.undo());
        assertEquals(new Bounds(10, 20, WIDE, 60), geometry(cell));
        assertEquals("G1\nSalud para migrantes", label(cell));
    }

    @Test
    void addedNodesBringTheEdgesOfTheirLinksAndUndoTakesThemAway() {
        fixture.execute(fixture.diagramCommands.addNodes(diagram, List.of(
                new NodeSpec(fixture.gcm("15"), new Bounds(400, 20, WIDE, 60)),
                new NodeSpec(fixture.sdg("10.7"), new Bounds(400, 200, WIDE, 60)))));
        assertEquals(4, vertices().size());
        assertEquals(3, edges().size());
        Object gcm = projection.cellOf(node(fixture.gcm("15")));
        assertEquals(new Bounds(400, 20, WIDE, 60), geometry(gcm));
        assertEquals("PMM 15\nAcceso a los servicios básicos", label(gcm));

        assertTrue(fixture.session.undo());
        assertEquals(2, vertices().size());
        assertEquals(1, edges().size());
        assertTrue(fixture.session.redo());
        assertEquals(3, edges().size());
    }

    @Test
    void deletingANodeFromTheDiagramRemovesItsCellsAndUndoBringsThemBackAsTheyWere() {
        Node sdg = node(fixture.sdg("3.8"));
        fixture.execute(fixture.modelCommands.delete(List.of(sdg)));
        assertEquals(1, vertices().size());
        assertEquals(0, edges().size());
        assertNull(projection.cellOf(sdg));

        assertTrue(fixture.session.undo());
        assertEquals(2, vertices().size());
        assertEquals(1, edges().size());
        assertEquals(new Bounds(10, 200, WIDE, 60), geometry(projection.cellOf(sdg)));
        assertEquals("ODS 3.8\n" + fixture.sdg("3.8").getTitleEs(), label(projection.cellOf(sdg)));
    }

    @Test
    void deletingAnElementFromTheModelRemovesItsNodeAndEdges() {
        fixture.execute(fixture.modelCommands.delete(List.of(fixture.goal())));
        assertEquals(1, vertices().size());
        assertEquals(0, edges().size());
        assertTrue(fixture.session.undo());
        assertEquals(2, vertices().size());
        assertEquals(1, edges().size());
        assertEquals("G1\nSalud para migrantes", label(projection.cellOf(node(fixture.goal()))));
    }

    @Test
    void bendpointsBecomeThePointsOfTheEdgeAndFollowTheirChanges() {
        Edge edge = diagram.getEdges().get(0);
        Bendpoint bendpoint = EnlaceFactory.eINSTANCE.createBendpoint();
        bendpoint.setX(500);
        bendpoint.setY(120);
        fixture.execute(fixture.modelCommands.create(edge, P.getEdge_Bendpoints(), bendpoint));
        Object cell = projection.cellOf(edge);
        assertEquals(List.of(new mxPoint(500, 120)), projection.graph().getModel().getGeometry(cell).getPoints());

        fixture.execute(fixture.modelCommands.set(bendpoint, P.getBendpoint_Y(), 140));
        assertEquals(List.of(new mxPoint(500, 140)), projection.graph().getModel().getGeometry(cell).getPoints());

        assertTrue(fixture.session.undo());
        assertTrue(fixture.session.undo());
        assertNull(projection.graph().getModel().getGeometry(cell).getPoints());
    }

    @Test
    void titleAndCodeEditsRelabelTheNodeAndUndoRestoresTheLabel() {
        Object cell = projection.cellOf(node(fixture.goal()));
        fixture.execute(fixture.modelCommands.set(fixture.goal(), P.getPlanElement_Title(), "Salud universal"));
        assertEquals("G1\nSalud universal", label(cell));
        fixture.execute(fixture.modelCommands.set(fixture.goal(), P.getPlanElement_Code(), "G9"));
        assertEquals("G9\nSalud universal", label(cell));
        assertTrue(fixture.session.undo());
        assertTrue(fixture.session.undo());
        assertEquals("G1\nSalud para migrantes", label(cell));
    }

    @Test
    void aChangedLinkKindRestylesAndRelabelsTheEdge() {
        Object cell = edges().get(0);
        assertEquals("#00B050", style(cell, "strokeColor"));
        assertEquals("1", style(cell, "dashed"));
        fixture.execute(fixture.modelCommands.set(fixture.link("l1"), P.getLink_Kind(), LinkKind.ALIGNS_FULLY));
        assertEquals("se alinea plenamente", label(cell));
        assertEquals("#00602B", style(cell, "strokeColor"));
        assertEquals("0", style(cell, "dashed"));
        assertEquals("block", style(cell, "endArrow"));
        assertTrue(fixture.session.undo());
        assertEquals("se alinea parcialmente", label(cell));
        assertEquals("#00B050", style(cell, "strokeColor"));
    }

    @Test
    void anEntryPointsStatusChangesItsFill() {
        fixture.execute(fixture.diagramCommands.addNodes(diagram,
                List.of(new NodeSpec(fixture.entryPoint(), new Bounds(10, 400, WIDE, 60)))));
        Object cell = projection.cellOf(node(fixture.entryPoint()));
        assertEquals("hexagon", style(cell, "shape"));
        assertEquals("#FFF2CC", style(cell, "fillColor"));
        fixture.execute(fixture.modelCommands.set(fixture.entryPoint(), P.getEntryPoint_Status(),
                EntryPointStatus.ACCEPTED));
        assertEquals("#C6EFCE", style(cell, "fillColor"));
        assertTrue(fixture.session.undo());
        assertEquals("#FFF2CC", style(cell, "fillColor"));
    }

    @Test
    void aNewModelLanguageRelabelsCatalogueEntriesAndLinks() {
        fixture.execute(fixture.modelCommands.set(fixture.model, P.getPlanningModel_Language(), "en"));
        Object sdg = projection.cellOf(node(fixture.sdg("3.8")));
        assertEquals("SDG 3.8\n" + Titles.shortTitle(fixture.sdg("3.8"), "en"), label(sdg));
        assertEquals("aligns partially", label(edges().get(0)));
        assertTrue(fixture.session.undo());
        assertEquals("ODS 3.8\n" + fixture.sdg("3.8").getTitleEs(), label(sdg));
    }

    @Test
    void oneCommandReachesTheGraphAsOneChangeMadeInsideTheUpdateGuard() {
        List<Boolean> guarded = new ArrayList<>();
        projection.graph().getModel().addListener(mxEvent.CHANGE,
                (sender, event) -> guarded.add(projection.isApplyingModelChanges()));
        fixture.execute(fixture.diagramCommands.setBounds(Map.of(node(fixture.goal()), new Bounds(1, 2, 300, 40),
                node(fixture.sdg("3.8")), new Bounds(5, 300, 300, 40))));
        assertEquals(List.of(true), guarded);
        assertFalse(projection.isApplyingModelChanges());
        assertTrue(fixture.session.undo());
        assertEquals(List.of(true, true), guarded);
    }

    @Test
    void aClosedProjectionNoLongerFollowsTheModel() {
        Object cell = projection.cellOf(node(fixture.goal()));
        projection.close();
        fixture.execute(fixture.modelCommands.set(fixture.goal(), P.getPlanElement_Title(), "Otro"));
        assertEquals("G1\nSalud para migrantes", label(cell));
    }
}
