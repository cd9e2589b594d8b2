package org.enlace.diagram.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.enlace.model.EnlaceFactory;
import org.enlace.model.EntryPoint;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.Goal;
import org.enlace.model.Institution;
import org.enlace.model.LinkKind;
import org.enlace.model.SdgTarget;
import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.persistence.EnlaceResourceSets;
import org.junit.jupiter.api.Test;

class DiagramStylesTest {

    private final CatalogQuery catalogs = new CatalogQuery(EnlaceResourceSets.create());
    private final DiagramStyles spanish = new DiagramStyles("es", catalogs.migrationRelevantTargets());
    private final DiagramStyles english = spanish.withLanguage("en");

    private SdgTarget sdg(String code) {
        return catalogs.sdgTarget(code).orElseThrow();
    }

    @Test
    void everyElementKindHasItsOwnLook() {
        Set<NodeLook> looks = EnumSet.allOf(ElementKind.class).stream().map(DiagramStyles::kindLook)
                .collect(Collectors.toSet());
        assertEquals(ElementKind.values().length, looks.size());
        assertEquals(NodeShape.HEXAGON, DiagramStyles.kindLook(ElementKind.ENTRY_POINT).shape());
        assertEquals(new Color(0x9DC3E6), DiagramStyles.kindLook(ElementKind.GOAL).fill());
    }

    @Test
    void entryPointsAreDrawnByStatusEachStatusDifferently() {
        EntryPoint entryPoint = EnlaceFactory.eINSTANCE.createEntryPoint();
        Set<Color> fills = new java.util.HashSet<>();
        for (EntryPointStatus status : EntryPointStatus.VALUES) {
            entryPoint.setStatus(status);
            assertEquals(DiagramStyles.statusLook(status), spanish.nodeLook(entryPoint));
            fills.add(spanish.nodeLook(entryPoint).fill());
        }
        assertEquals(5, fills.size());
        assertTrue(DiagramStyles.statusLook(EntryPointStatus.CANDIDATE).dashed());
    }

    @Test
    void migrationRelevantSdgTargetsAreMarkedAndOthersAreNot() {
        for (String code : List.of("10.7", "8.8", "17.18", "8.3")) {
            assertTrue(spanish.isMigrationRelevant(sdg(code)), code);
            assertEquals(new Color(0xC00000), spanish.nodeLook(sdg(code)).stroke(), code);
        }
        for (String code : List.of("15.7", "3.8", "9.1")) {
            assertFalse(spanish.isMigrationRelevant(sdg(code)), code);
            assertEquals(DiagramStyles.kindLook(ElementKind.SDG_TARGET), spanish.nodeLook(sdg(code)), code);
        }
    }

    @Test
    void linkKindsDifferAndAreNamedInTheModelsLanguage() {
        Set<EdgeLook> looks = EnumSet.allOf(LinkKind.class).stream().map(DiagramStyles::edgeLook)
                .collect(Collectors.toSet());
        assertEquals(6, looks.size());
        assertEquals(LineDash.DOTTED, DiagramStyles.edgeLook(LinkKind.MEASURED_BY).dash());
        assertEquals("se mide con", spanish.linkLabel(LinkKind.MEASURED_BY));
        assertEquals("measured by", english.linkLabel(LinkKind.MEASURED_BY));
    }

    @Test
    void labelsAreCodeThenTitleWithCatalogueTitlesInTheModelsLanguage() {
        Goal goal = EnlaceFactory.eINSTANCE.createGoal();
        goal.setCode("G1");
        goal.setTitle("Salud");
        assertEquals("G1\nSalud", spanish.label(goal, 400));
        Institution dane = EnlaceFactory.eINSTANCE.createInstitution();
        dane.setAcronym("DANE");
        dane.setName("Departamento Administrativo Nacional de Estadística");
        assertEquals("DANE\nDepartamento Administrativo Nacional de Estadística", spanish.label(dane, 2000));
        assertEquals("ODS 10.7\n" + sdg("10.7").getTitleEs(), spanish.label(sdg("10.7"), 2000));
        assertEquals("SDG 10.7\n" + sdg("10.7").getTitleEn(), english.label(sdg("10.7"), 2000));
        assertEquals("PMM 15\nAcceso a los servicios básicos", spanish.label(catalogs.gcmObjective("15").orElseThrow(), 2000));
        assertEquals("Acción 3.2", spanish.labels().code(catalogs.action("3.2").orElseThrow()));
    }

    @Test
    void aNarrowNodeWrapsAndATallerOneIsPreferred() {
        String wide = spanish.label(sdg("10.7"), 2000);
        String narrow = spanish.label(sdg("10.7"), 180);
        assertEquals(2, wide.split("\n").length);
        assertEquals(NodeLabels.MAX_LINES, narrow.split("\n").length);
        assertTrue(narrow.endsWith("…"), narrow);
        NodeSizes.Size size = spanish.newNodeSize(sdg("10.7"));
        assertEquals(180, size.width());
        assertEquals(NodeLabels.MAX_LINES * NodeLabels.LINE_HEIGHT + 2 * NodeLabels.INSET, size.height());
    }

    @Test
    void theLegendNamesEveryLookInTheModelsLanguage() {
        Legend legend = spanish.legend();
        // 12 kinds besides entry points, 5 entry-point statuses, and the migration mark.
        assertEquals(18, legend.nodes().size());
        assertEquals(6, legend.edges().size());
        assertTrue(legend.nodes().contains(new Legend.NodeEntry("entryPoint.accepted", "Punto de entrada aceptado",
                DiagramStyles.statusLook(EntryPointStatus.ACCEPTED))));
        assertEquals("Meta ODS relevante para la migración", legend.nodes().stream()
                .filter(entry -> entry.key().equals("sdgTarget.migrationRelevant")).findFirst().orElseThrow().name());
        assertEquals("SDG target relevant to migration", english.legend().nodes().stream()
                .filter(entry -> entry.key().equals("sdgTarget.migrationRelevant")).findFirst().orElseThrow().name());
    }

    @Test
    void aDiagramsLegendHasOnlyWhatItShows() {
        EntryPoint entryPoint = EnlaceFactory.eINSTANCE.createEntryPoint();
        entryPoint.setStatus(EntryPointStatus.PROPOSED);
        Legend legend = spanish.legendOf(List.of(sdg("3.8"), entryPoint), List.of(LinkKind.ALIGNS_PARTIALLY));
        assertEquals(List.of("entryPoint.proposed", "kind.sdgTarget"),
                legend.nodes().stream().map(Legend.NodeEntry::key).toList());
        assertEquals(List.of("se alinea parcialmente"), legend.edges().stream().map(Legend.EdgeEntry::name).toList());
        assertNotEquals(legend, spanish.legendOf(List.of(sdg("10.7")), List.of()));
    }
}
