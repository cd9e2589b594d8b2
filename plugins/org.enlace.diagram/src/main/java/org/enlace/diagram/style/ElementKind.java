package org.enlace.diagram.style;

import org.eclipse.emf.ecore.EObject;
import org.enlace.model.Action;
import org.enlace.model.EntryPoint;
import org.enlace.model.GcmObjective;
import org.enlace.model.Goal;
import org.enlace.model.Indicator;
import org.enlace.model.Institution;
import org.enlace.model.LineOfAction;
import org.enlace.model.Pillar;
import org.enlace.model.Plan;
import org.enlace.model.SdgGoal;
import org.enlace.model.SdgIndicator;
import org.enlace.model.SdgTarget;
import org.enlace.model.SuggestedActivity;
import org.enlace.model.Target;

/** What a diagram node shows, as far as its look and its place in a layout go. */
public enum ElementKind {
    PLAN("plan"),
    PILLAR("pillar"),
    GOAL("goal"),
    TARGET("target"),
    INDICATOR("indicator"),
    ENTRY_POINT("entryPoint"),
    INSTITUTION("institution"),
    SDG_GOAL("sdgGoal"),
    SDG_TARGET("sdgTarget"),
    SDG_INDICATOR("sdgIndicator"),
    GCM_OBJECTIVE("gcmObjective"),
    ACTION("action"),
    /** Documents, passages and anything else a node may point at. */
    OTHER("other");

    private final String key;

    ElementKind(String key) {
        this.key = key;
    }

    /** A stable name for resource keys and style names ({@code sdgTarget}). */
    public String key() {
        return key;
    }

    /** The plan's own structure (plan, pillar, goal, target, indicator), which layouts rank by containment. */
    public boolean isPlanStructure() {
        return ordinal() <= INDICATOR.ordinal();
    }

    public static ElementKind of(EObject element) {
        return switch (element) {
            case Plan plan -> PLAN;
            case Pillar pillar -> PILLAR;
            case Goal goal -> GOAL;
            case Target target -> TARGET;
            case Indicator indicator -> INDICATOR;
            case EntryPoint entryPoint -> ENTRY_POINT;
            case Institution institution -> INSTITUTION;
            case SdgGoal goal -> SDG_GOAL;
            case SdgTarget target -> SDG_TARGET;
            case SdgIndicator indicator -> SDG_INDICATOR;
            case GcmObjective objective -> GCM_OBJECTIVE;
            // The Lines-of-Action framework is one family: lines, actions and suggested activities.
            case Action action -> ACTION;
            case LineOfAction line -> ACTION;
            case SuggestedActivity activity -> ACTION;
            case null, default -> OTHER;
        };
    }
}
