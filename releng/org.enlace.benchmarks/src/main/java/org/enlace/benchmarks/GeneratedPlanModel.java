package org.enlace.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.enlace.model.EnlaceFactory;
import org.enlace.model.EntryPoint;
import org.enlace.model.EntryPointKind;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.Goal;
import org.enlace.model.Identified;
import org.enlace.model.Indicator;
import org.enlace.model.Institution;
import org.enlace.model.Link;
import org.enlace.model.LinkKind;
import org.enlace.model.NationalDevelopmentPlan;
import org.enlace.model.Pillar;
import org.enlace.model.PlanElement;
import org.enlace.model.PlanningModel;
import org.enlace.model.Target;
import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.commands.Ids;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.validation.LinkRules;

/**
 * A large model made up from a fixed seed, for the diagram benchmark: one plan with pillars,
 * goals, targets and indicators, entry points and institutions, plus every SDG target and
 * indicator, GCM objective and Lines-of-Action action of the catalogues, so that the elements
 * number exactly {@code nodes}; and {@code links} links of every kind, each allowed by
 * {@link LinkRules}, no two alike.
 */
final class GeneratedPlanModel {

    private static final EnlaceFactory F = EnlaceFactory.eINSTANCE;

    final ModelSession session;
    final List<Identified> elements = new ArrayList<>();
    private final Random random = new Random(20261123L);
    private final List<Goal> goals = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<EntryPoint> entryPoints = new ArrayList<>();
    private final List<Identified> sdgTargets = new ArrayList<>();
    private final List<Identified> sdgIndicators = new ArrayList<>();
    private final List<Identified> gcmAndActions = new ArrayList<>();
    private final Set<String> linked = new HashSet<>();

    GeneratedPlanModel(Path file, int nodes, int links) {
        session = ModelSession.create(file, "CRI", "Generated plan for the diagram benchmark", "es");
        CatalogQuery catalogs = session.catalogs();
        sdgTargets.addAll(catalogs.sdgTargets());
        sdgIndicators.addAll(catalogs.sdgIndicators());
        gcmAndActions.addAll(catalogs.gcmObjectives());
        catalogs.linesOfAction().forEach(line -> gcmAndActions.addAll(line.getActions()));
        int catalogue = sdgTargets.size() + sdgIndicators.size() + gcmAndActions.size();
        int rest = nodes - catalogue;
        if (rest < 100) {
            throw new IllegalArgumentException("at least " + (catalogue + 100) + " nodes, for the catalogues and a plan");
        }
        int institutions = rest / 50;
        int entryPointCount = rest / 12;
        buildPlan(rest - institutions - entryPointCount);
        buildInstitutions(institutions);
        buildEntryPoints(entryPointCount);
        elements.addAll(sdgTargets);
        elements.addAll(sdgIndicators);
        elements.addAll(gcmAndActions);
        buildLinks(links);
    }

    private void buildPlan(int count) {
        PlanningModel model = session.model();
        NationalDevelopmentPlan plan = F.createNationalDevelopmentPlan();
        plan.setId(Ids.newId());
        plan.setCode("PND");
        plan.setTitle("Plan Nacional de Desarrollo generado");
        model.getPlans().add(plan);
        elements.add(plan);
        int goalCount = count / 25;
        int targetCount = count / 5;
        int indicatorCount = count - 1 - 6 - goalCount - targetCount;
        List<Pillar> pillars = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            Pillar pillar = element(F.createPillar(), "P" + i, "Pilar generado número " + i);
            plan.getPillars().add(pillar);
            pillars.add(pillar);
        }
        for (int i = 1; i <= goalCount; i++) {
            Goal goal = element(F.createGoal(), "G" + i, "Objetivo de desarrollo generado número " + i);
            pillars.get(i % pillars.size()).getGoals().add(goal);
            goals.add(goal);
        }
        for (int i = 1; i <= targetCount; i++) {
            Target target = element(F.createTarget(), "M" + i, "Meta generada para el objetivo, número " + i);
            goals.get(i % goals.size()).getTargets().add(target);
            targets.add(target);
        }
        for (int i = 1; i <= indicatorCount; i++) {
            Indicator indicator = element(F.createIndicator(), "I" + i, "Indicador generado de la meta, número " + i);
            targets.get(i % targets.size()).getIndicators().add(indicator);
            indicators.add(indicator);
        }
    }

    private <T extends PlanElement> T element(T element, String code, String title) {
        element.setId(Ids.newId());
        element.setCode(code);
        element.setTitle(title);
        elements.add(element);
        return element;
    }

    private void buildInstitutions(int count) {
        for (int i = 1; i <= count; i++) {
            Institution institution = F.createInstitution();
            institution.setId(Ids.newId());
            institution.setAcronym("INST" + i);
            institution.setName("Institución generada número " + i);
            session.model().getInstitutions().add(institution);
            elements.add(institution);
        }
    }

    private void buildEntryPoints(int count) {
        for (int i = 1; i <= count; i++) {
            EntryPoint entryPoint = F.createEntryPoint();
            entryPoint.setId(Ids.newId());
            entryPoint.setTitle("Punto de entrada generado para la migración, número " + i);
            entryPoint.setKind(EntryPointKind.VALUES.get(i % EntryPointKind.VALUES.size()));
            entryPoint.setStatus(EntryPointStatus.VALUES.get(i % EntryPointStatus.VALUES.size()));
            entryPoint.setAt(i % 2 == 0 ? pick(goals) : pick(targets));
            session.model().getEntryPoints().add(entryPoint);
            entryPoints.add(entryPoint);
            elements.add(entryPoint);
        }
    }

    /** Every target measured by its indicators, then the other kinds in turn between random ends. */
    private void buildLinks(int count) {
        for (Indicator indicator : indicators) {
            if (linked.size() < count) {
                link(LinkKind.MEASURED_BY, (Identified) indicator.eContainer(), indicator);
            }
        }
        int turn = 0;
        while (linked.size() < count) {
            switch (turn++ % 5) {
                case 0 -> link(LinkKind.ALIGNS_PARTIALLY, random.nextBoolean() ? pick(goals) : pick(targets),
                        pick(sdgTargets));
                case 1 -> link(LinkKind.ALIGNS_FULLY, pick(targets), pick(sdgTargets));
                case 2 -> link(LinkKind.CONTRIBUTES_TO, random.nextBoolean() ? pick(indicators) : pick(entryPoints),
                        random.nextBoolean() ? pick(sdgTargets) : pick(gcmAndActions));
                case 3 -> link(LinkKind.PROXY_FOR, pick(indicators), pick(sdgIndicators));
                default -> link(LinkKind.DISAGGREGATES, pick(indicators), pick(indicators));
            }
        }
    }

    private void link(LinkKind kind, Identified source, Identified target) {
        if (!LinkRules.allows(kind, source, target) || !linked.add(source.getId() + ">" + target.getId())) {
            return;
        }
        Link link = F.createLink();
        link.setId(Ids.newId());
        link.setKind(kind);
        link.setSource(source);
        link.setTarget(target);
        link.setCreated("2026-11-23T12:00:00Z");
        session.model().getLinks().add(link);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
