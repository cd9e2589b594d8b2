package org.enlace.model.validation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.enlace.model.Disaggregation;
import org.enlace.model.Edge;
import org.enlace.model.EntryPoint;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.Identified;
import org.enlace.model.Indicator;
import org.enlace.model.Institution;
import org.enlace.model.Link;
import org.enlace.model.Passage;
import org.enlace.model.Plan;
import org.enlace.model.PlanElement;
import org.enlace.model.PlanningModel;
import org.enlace.model.Target;
import org.enlace.model.l10n.Messages;

/**
 * The Enlace rules on top of EMF's own checks (multiplicities, unresolved references). Each
 * problem names its rule ({@link Rule}) and carries the offending object.
 */
public final class EnlaceConstraints extends EObjectValidator {

    public static final String SOURCE = "org.enlace.model";

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, object, diagnostics, context);
        Reporter reporter = new Reporter(object, diagnostics);
        if (object instanceof Identified identified) {
            checkId(identified, reporter);
        }
        switch (object) {
            case PlanningModel model -> checkModel(model, reporter);
            case Plan plan -> checkPlan(plan, reporter);
            case Target target -> checkTargetYears(target, reporter);
            case Indicator indicator -> checkIndicator(indicator, reporter);
            case EntryPoint entryPoint -> checkEntryPoint(entryPoint, reporter);
            case Link link -> checkLink(link, reporter);
            case Institution institution -> checkCountry(institution.getCountry(), reporter);
            case Passage passage -> checkPassage(passage, reporter);
            case Edge edge -> checkEdge(edge, reporter);
            default -> {
            }
        }
        return valid && reporter.clean();
    }

    /** Duplicate ids are reported once, by {@link Rule#ID_DUPLICATE}, in the user's language. */
    @Override
    public boolean validate_UniqueID(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    private static void checkId(Identified identified, Reporter reporter) {
        String id = identified.getId();
        if (id == null || id.isBlank() || !id.equals(id.strip()) || id.chars().anyMatch(Character::isWhitespace)) {
            reporter.error(Rule.ID_INVALID, String.valueOf(id));
        }
    }

    private static void checkModel(PlanningModel model, Reporter reporter) {
        checkCountry(model.getCountry(), reporter);
        Map<String, EObject> seen = new HashMap<>();
        seen.put(model.getId(), model);
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified && identified.getId() != null) {
                EObject previous = seen.putIfAbsent(identified.getId(), identified);
                if (previous != null) {
                    reporter.errorOn(identified, Rule.ID_DUPLICATE, identified.getId());
                }
            }
        }
        Set<String> links = new HashSet<>();
        for (Link link : model.getLinks()) {
            String key = link.getKind() + " " + idOf(link.getSource()) + " " + idOf(link.getTarget());
            if (!links.add(key)) {
                reporter.warningOn(link, Rule.LINK_DUPLICATE, link.getKind().getLiteral(),
                        idOf(link.getSource()), idOf(link.getTarget()));
            }
        }
    }

    private static void checkPlan(Plan plan, Reporter reporter) {
        if (plan.getStartYear() != null && plan.getEndYear() != null && plan.getEndYear() < plan.getStartYear()) {
            reporter.error(Rule.PLAN_PERIOD, plan.getStartYear(), plan.getEndYear());
        }
        Map<String, PlanElement> codes = new HashMap<>();
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof PlanElement element && element.getCode() != null && !element.getCode().isBlank()) {
                PlanElement previous = codes.putIfAbsent(element.getCode().strip(), element);
                if (previous != null) {
                    reporter.errorOn(element, Rule.CODE_DUPLICATE, element.getCode(), plan.getTitle());
                }
            }
        }
    }

    private static void checkTargetYears(Target target, Reporter reporter) {
        Plan plan = planOf(target);
        if (plan == null || plan.getStartYear() == null || plan.getEndYear() == null) {
            return;
        }
        Integer year = target.getTargetYear();
        if (year != null && (year < plan.getStartYear() || year > plan.getEndYear())) {
            reporter.error(Rule.TARGET_YEAR, year, plan.getStartYear(), plan.getEndYear());
        }
        Integer baseline = target.getBaselineYear();
        if (baseline != null && baseline > plan.getEndYear()) {
            reporter.error(Rule.BASELINE_YEAR, baseline, plan.getEndYear());
        }
    }

    private static void checkIndicator(Indicator indicator, Reporter reporter) {
        if (indicator.getDisaggregations().contains(Disaggregation.MIGRATORY_STATUS)
                && (indicator.getDataSource() == null || indicator.getDataSource().isBlank())) {
            reporter.error(Rule.MIGRATORY_STATUS_WITHOUT_SOURCE);
        }
    }

    private static void checkEntryPoint(EntryPoint entryPoint, Reporter reporter) {
        // A rejected candidate is kept only as a memory that it was looked at: it needs no links.
        boolean rejected = entryPoint.getStatus() == EntryPointStatus.REJECTED;
        if (!rejected && entryPoint.getSdgTargets().isEmpty() && entryPoint.getGcmObjectives().isEmpty()) {
            reporter.error(Rule.ENTRY_POINT_UNLINKED);
        }
        EntryPointStatus status = entryPoint.getStatus();
        if ((status == EntryPointStatus.ACCEPTED || status == EntryPointStatus.IMPLEMENTED) && entryPoint.getAt() == null) {
            reporter.error(Rule.ENTRY_POINT_NOWHERE, status.getLiteral());
        }
    }

    private static void checkLink(Link link, Reporter reporter) {
        if (link.getSource() == null || link.getTarget() == null) {
            return;
        }
        if (link.getSource() == link.getTarget()) {
            reporter.error(Rule.LINK_SELF);
        } else if (!LinkRules.allows(link.getKind(), link.getSource(), link.getTarget())) {
            reporter.error(Rule.LINK_KIND, link.getKind().getLiteral(), link.getSource().eClass().getName(),
                    link.getTarget().eClass().getName(), LinkRules.describe(link.getKind()));
        }
        if (link.getCreated() != null && !link.getCreated().isBlank()) {
            try {
                Instant.parse(link.getCreated());
            } catch (DateTimeParseException e) {
                reporter.error(Rule.TIMESTAMP, link.getCreated());
            }
        }
    }

    private static void checkCountry(String country, Reporter reporter) {
        if (country != null && !country.isBlank() && !COUNTRIES.contains(country)) {
            reporter.error(Rule.COUNTRY, country);
        }
    }

    private static void checkPassage(Passage passage, Reporter reporter) {
        if (passage.getPage() != null && passage.getPage() < 1) {
            reporter.error(Rule.PASSAGE_PAGE, passage.getPage());
        }
        Integer start = passage.getStartOffset();
        Integer end = passage.getEndOffset();
        if ((start != null && start < 0) || (start != null && end != null && end < start)) {
            reporter.error(Rule.PASSAGE_OFFSETS, start, end);
        }
    }

    private static void checkEdge(Edge edge, Reporter reporter) {
        Link link = edge.getLink();
        if (link == null || edge.getSource() == null || edge.getTarget() == null) {
            return;
        }
        if (edge.getSource().getElement() != link.getSource() || edge.getTarget().getElement() != link.getTarget()) {
            reporter.error(Rule.EDGE_ENDS, idOf(link));
        }
    }

    private static Plan planOf(EObject object) {
        for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof Plan plan) {
                return plan;
            }
        }
        return null;
    }

    private static String idOf(EObject object) {
        return object instanceof Identified identified ? identified.getId() : String.valueOf(object);
    }

    /** Adds diagnostics about one object being validated. */
    private static final class Reporter {
        private final EObject object;
        private final DiagnosticChain diagnostics;
        private boolean clean = true;

        Reporter(EObject object, DiagnosticChain diagnostics) {
            this.object = object;
            this.diagnostics = diagnostics;
        }

        void error(Rule rule, Object... arguments) {
            errorOn(object, rule, arguments);
        }

        void errorOn(EObject subject, Rule rule, Object... arguments) {
            add(Diagnostic.ERROR, subject, rule, arguments);
        }

        void warningOn(EObject subject, Rule rule, Object... arguments) {
            add(Diagnostic.WARNING, subject, rule, arguments);
        }

        private void add(int severity, EObject subject, Rule rule, Object... arguments) {
            clean &= severity < Diagnostic.ERROR;
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(severity, SOURCE, rule.ordinal(),
                        Messages.get(rule.messageKey(), arguments), new Object[] {subject, rule}));
            }
        }

        boolean clean() {
            return clean;
        }
    }
}
