package org.enlace.model.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.enlace.model.EnlacePackage;
import org.enlace.model.LinkKind;

/**
 * Which kinds of link may join which kinds of element. The one table the validator, the commands
 * and the diagram editor all ask.
 */
public final class LinkRules {

    private static final EnlacePackage P = EnlacePackage.eINSTANCE;

    private record Rule(Set<EClass> sources, Set<EClass> targets) {
    }

    private static final Map<LinkKind, Rule> RULES = new EnumMap<>(LinkKind.class);

    static {
        Rule alignment = new Rule(
                Set.of(P.getPlan(), P.getPillar(), P.getGoal(), P.getTarget()),
                Set.of(P.getSdgGoal(), P.getSdgTarget(), P.getGcmObjective(), P.getGoal(), P.getTarget()));
        RULES.put(LinkKind.ALIGNS_FULLY, alignment);
        RULES.put(LinkKind.ALIGNS_PARTIALLY, alignment);
        RULES.put(LinkKind.CONTRIBUTES_TO, new Rule(
                Set.of(P.getPlan(), P.getPillar(), P.getGoal(), P.getTarget(), P.getIndicator(), P.getEntryPoint()),
                Set.of(P.getSdgGoal(), P.getSdgTarget(), P.getGcmObjective(), P.getAction(),
                        P.getPillar(), P.getGoal(), P.getTarget())));
        RULES.put(LinkKind.MEASURED_BY, new Rule(
                Set.of(P.getGoal(), P.getTarget(), P.getSdgTarget()),
                Set.of(P.getIndicator(), P.getSdgIndicator())));
        RULES.put(LinkKind.PROXY_FOR, new Rule(
                Set.of(P.getIndicator()),
                Set.of(P.getSdgIndicator(), P.getIndicator())));
        RULES.put(LinkKind.DISAGGREGATES, new Rule(
                Set.of(P.getIndicator()),
                Set.of(P.getIndicator(), P.getSdgIndicator())));
    }

    private LinkRules() {
    }

    public static boolean allows(LinkKind kind, EObject source, EObject target) {
        if (kind == null || source == null || target == null || source == target) {
            return false;
        }
        Rule rule = RULES.get(kind);
        return isOneOf(source.eClass(), rule.sources()) && isOneOf(target.eClass(), rule.targets());
    }

    /** The link kinds an analyst may draw from {@code source} to {@code target}, in menu order. */
    public static List<LinkKind> allowedKinds(EObject source, EObject target) {
        List<LinkKind> kinds = new ArrayList<>();
        for (LinkKind kind : LinkKind.VALUES) {
            if (allows(kind, source, target)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The element kinds a link of this kind may start from (abstract kinds stand for their subkinds). */
    public static Set<EClass> sources(LinkKind kind) {
        return RULES.get(kind).sources();
    }

    /** The element kinds a link of this kind may end at (abstract kinds stand for their subkinds). */
    public static Set<EClass> targets(LinkKind kind) {
        return RULES.get(kind).targets();
    }

    /** Names of the element kinds a link of this kind may start from and end at, for messages. */
    public static String describe(LinkKind kind) {
        Rule rule = RULES.get(kind);
        return names(rule.sources()) + " → " + names(rule.targets());
    }

    private static boolean isOneOf(EClass eClass, Set<EClass> allowed) {
        for (EClass candidate : allowed) {
            if (candidate.isSuperTypeOf(eClass)) {
                return true;
            }
        }
        return false;
    }

    private static String names(Set<EClass> classes) {
        return classes.stream().map(EClass::getName).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }
}
