package org.enlace.model;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.persistence.EnlaceResourceSets;
import org.enlace.model.persistence.ModelStore;

/** Small models for tests, with every class of the metamodel populated. */
public final class TestModels {

    private static final EnlaceFactory F = EnlaceFactory.eINSTANCE;

    private TestModels() {
    }

    /** A model with fixed ids in a new resource at {@code file}, resolving catalogue entries. */
    public static PlanningModel everyClass(java.nio.file.Path file) {
        ResourceSet resourceSet = EnlaceResourceSets.create();
        CatalogQuery catalogs = new CatalogQuery(resourceSet);
        Resource resource = resourceSet.createResource(ModelStore.uriOf(file));

        PlanningModel model = F.createPlanningModel();
        model.setId("m");
        model.setModelVersion(1);
        model.setCountry("CRI");
        model.setTitle("Plan Nacional de Desarrollo e Inversión Pública — migración");
        model.setLanguage("es");
        resource.getContents().add(model);

        Institution mideplan = institution("i-plan", "Ministerio de Planificación Nacional y Política Económica",
                "MIDEPLAN", InstitutionKind.PLANNING_MINISTRY);
        Institution dgme = institution("i-dgme", "Dirección General de Migración y Extranjería", "DGME",
                InstitutionKind.MIGRATION_AUTHORITY);
        Institution inec = institution("i-inec", "Instituto Nacional de Estadística y Censos", "INEC",
                InstitutionKind.STATISTICS_OFFICE);
        model.getInstitutions().add(mideplan);
        model.getInstitutions().add(dgme);
        model.getInstitutions().add(inec);

        Document document = F.createDocument();
        document.setId("d-1");
        document.setTitle("PNDIP 2023-2026");
        document.setLocation("docs/pndip.pdf");
        document.setSha256("ab".repeat(32));
        document.setLanguage("es");
        document.setPages(312);
        Passage passage = F.createPassage();
        passage.setId("p-1");
        passage.setPage(45);
        passage.setStartOffset(1200);
        passage.setEndOffset(1290);
        passage.setQuote("Población migrante con acceso a servicios de empleo «formal» & protección");
        passage.setFoundBy("\"población migrante\"");
        passage.setReviewer("ana");
        passage.setReviewed("2026-11-23T10:00:00Z");
        document.getPassages().add(passage);
        model.getDocuments().add(document);

        NationalDevelopmentPlan plan = F.createNationalDevelopmentPlan();
        plan.setId("plan");
        plan.setCode("PNDIP");
        plan.setTitle("Plan Nacional de Desarrollo e Inversión Pública 2023-2026");
        plan.setStartYear(2023);
        plan.setEndYear(2026);
        plan.setHorizon(Horizon.MEDIUM);
        plan.setIssuer(mideplan);
        plan.setSource(document);
        model.getPlans().add(plan);

        Pillar pillar = F.createPillar();
        pillar.setId("pillar");
        pillar.setCode("E1");
        pillar.setTitle("Empleo y bienestar");
        pillar.setDimension(Dimension.SOCIAL_AND_WELL_BEING);
        plan.getPillars().add(pillar);
        Goal goal = F.createGoal();
        goal.setId("goal");
        goal.setCode("E1.1");
        goal.setTitle("Empleo formal para todas las personas");
        goal.setDescription("Aumentar el empleo formal.");
        goal.getEvidence().add(passage);
        pillar.getGoals().add(goal);
        Target target = F.createTarget();
        target.setId("target");
        target.setCode("E1.1.1");
        target.setTitle("Tasa de desempleo");
        target.setBaselineValue(12.5);
        target.setBaselineYear(2022);
        target.setTargetValue(9.0);
        target.setTargetYear(2026);
        target.setUnit("%");
        goal.getTargets().add(target);
        Indicator indicator = F.createIndicator();
        indicator.setId("indicator");
        indicator.setCode("E1.1.1.a");
        indicator.setTitle("Tasa de desempleo por condición migratoria");
        indicator.setUnit("%");
        indicator.setSourceKind(SourceKind.SURVEY);
        indicator.setDataSource("Encuesta Continua de Empleo");
        indicator.setLevel(IndicatorLevel.NATIONAL);
        indicator.getDisaggregations().add(Disaggregation.SEX);
        indicator.getDisaggregations().add(Disaggregation.MIGRATORY_STATUS);
        indicator.setProducer(inec);
        indicator.setProxyFor(catalogs.sdgIndicator("8.5.2").orElseThrow());
        target.getIndicators().add(indicator);
        Goal looseGoal = F.createGoal();
        looseGoal.setId("goal-2");
        looseGoal.setCode("G2");
        looseGoal.setTitle("Gobernanza migratoria");
        plan.getGoals().add(looseGoal);

        SectoralPlan sectoral = F.createSectoralPlan();
        sectoral.setId("sectoral");
        sectoral.setTitle("Plan sectorial de trabajo");
        sectoral.setSector(Sector.LABOUR);
        model.getPlans().add(sectoral);
        SubnationalPlan local = F.createSubnationalPlan();
        local.setId("local");
        local.setTitle("Plan cantonal de Upala");
        local.setTerritory("Upala");
        model.getPlans().add(local);

        EntryPoint entryPoint = F.createEntryPoint();
        entryPoint.setId("ep");
        entryPoint.setTitle("Desagregar el desempleo por condición migratoria");
        entryPoint.setKind(EntryPointKind.DISAGGREGATE_BY_MIGRATORY_STATUS);
        entryPoint.setStatus(EntryPointStatus.PROPOSED);
        entryPoint.setRationale("La ECE ya registra el país de nacimiento.");
        entryPoint.setAt(target);
        entryPoint.getSdgTargets().add(catalogs.sdgTarget("17.18").orElseThrow());
        entryPoint.getSdgTargets().add(catalogs.sdgTarget("8.5").orElseThrow());
        entryPoint.getGcmObjectives().add(catalogs.gcmObjective("1").orElseThrow());
        entryPoint.getActions().add(catalogs.action("3.2").orElseThrow());
        entryPoint.getEvidence().add(passage);
        entryPoint.setOwner(inec);
        model.getEntryPoints().add(entryPoint);

        Link aligns = link("l-1", LinkKind.ALIGNS_PARTIALLY, goal, catalogs.sdgTarget("10.7").orElseThrow());
        Link measured = link("l-2", LinkKind.MEASURED_BY, target, indicator);
        model.getLinks().add(aligns);
        model.getLinks().add(measured);

        ActionStatus status = F.createActionStatus();
        status.setId("as-1");
        status.setAction(catalogs.action("4.1").orElseThrow());
        status.setStatus(Progress.IN_PROGRESS);
        status.setResponsible(mideplan);
        status.getEvidence().add(passage);
        status.setNote("Meta migratoria incluida en el borrador.");
        model.getActionStatuses().add(status);

        Diagram diagram = F.createDiagram();
        diagram.setId("dg");
        diagram.setName("Empleo");
        Node goalNode = node("n-1", goal, 10, 10);
        Node sdgNode = node("n-2", aligns.getTarget(), 300, 10);
        diagram.getNodes().add(goalNode);
        diagram.getNodes().add(sdgNode);
        Edge edge = F.createEdge();
        edge.setId("e-1");
        edge.setLink(aligns);
        edge.setSource(goalNode);
        edge.setTarget(sdgNode);
        Bendpoint bend = F.createBendpoint();
        bend.setX(150);
        bend.setY(40);
        edge.getBendpoints().add(bend);
        edge.setStyle("dashed=1");
        diagram.getEdges().add(edge);
        model.getDiagrams().add(diagram);
        return model;
    }

    private static Institution institution(String id, String name, String acronym, InstitutionKind kind) {
        Institution institution = F.createInstitution();
        institution.setId(id);
        institution.setName(name);
        institution.setAcronym(acronym);
        institution.setKind(kind);
        institution.setCountry("CRI");
        return institution;
    }

    private static Link link(String id, LinkKind kind, Identified source, Identified target) {
        Link link = F.createLink();
        link.setId(id);
        link.setKind(kind);
        link.setSource(source);
        link.setTarget(target);
        link.setRationale("Empleo de personas migrantes");
        link.setConfidence(Confidence.HIGH);
        link.setAuthor("ana");
        link.setCreated("2026-11-23T10:00:00Z");
        return link;
    }

    private static Node node(String id, Identified element, int x, int y) {
        Node node = F.createNode();
        node.setId(id);
        node.setElement(element);
        node.setX(x);
        node.setY(y);
        node.setWidth(160);
        node.setHeight(60);
        node.setStyle("fillColor=#FFFFFF");
        return node;
    }
}
