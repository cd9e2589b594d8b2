package org.enlace.diagram.style;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.enlace.model.Action;
import org.enlace.model.CatalogEntry;
import org.enlace.model.EntryPoint;
import org.enlace.model.GcmObjective;
import org.enlace.model.Identified;
import org.enlace.model.Institution;
import org.enlace.model.LineOfAction;
import org.enlace.model.Plan;
import org.enlace.model.PlanElement;
import org.enlace.model.SdgGoal;
import org.enlace.model.SdgIndicator;
import org.enlace.model.SdgTarget;
import org.enlace.model.SuggestedActivity;
import org.enlace.model.catalog.Titles;

/**
 * The text of a node: its code on the first line(s), then its title, wrapped to the node's width.
 * Catalogue entries speak the model's language (Spanish or English titles, "ODS 10.7" or "SDG 10.7").
 */
public final class NodeLabels {

    public static final String FONT_FAMILY = "SansSerif";
    public static final int FONT_SIZE = 11;
    /** Room left free on each side of a label inside its node. */
    public static final int INSET = 6;
    public static final int LINE_HEIGHT = 15;
    static final int MAX_LINES = 6;
    private static final int MIN_HEIGHT = 40;

    private final String language;
    private final Locale locale;
    private final LabelWrapper plain = new LabelWrapper(new Font(FONT_FAMILY, Font.PLAIN, FONT_SIZE));
    private final LabelWrapper bold = new LabelWrapper(new Font(FONT_FAMILY, Font.BOLD, FONT_SIZE));

    public NodeLabels(String language) {
        this.language = language == null ? "en" : language;
        this.locale = DiagramText.localeOf(this.language);
    }

    /** The label drawn in a node {@code width} wide with this look: lines joined by {@code \n}. */
    public String label(Identified element, int width, NodeLook look) {
        return String.join("\n", lines(element, width, look));
    }

    /** The height a node {@code width} wide needs to show its whole label (up to the line limit). */
    public int preferredHeight(Identified element, int width, NodeLook look) {
        int textHeight = lines(element, width, look).size() * LINE_HEIGHT + 2 * INSET;
        // Curved outlines leave less room at the top and bottom too.
        return Math.max(MIN_HEIGHT, (int) Math.ceil(textHeight / look.shape().textShare()));
    }

    public List<String> lines(Identified element, int width, NodeLook look) {
        LabelWrapper wrapper = look.bold() ? bold : plain;
        double room = Math.max(1, width * look.shape().textShare() - 2.0 * INSET);
        String code = code(element);
        String title = title(element);
        List<String> lines = new ArrayList<>();
        if (code != null && !code.isBlank()) {
            lines.addAll(wrapper.wrap(code, room, 2));
        }
        if (title != null && !title.isBlank()) {
            lines.addAll(wrapper.wrap(title, room, Math.max(1, MAX_LINES - lines.size())));
        }
        if (lines.isEmpty()) {
            lines.addAll(wrapper.wrap(String.valueOf(element.getId()), room, 2));
        }
        return lines;
    }

    /** The code shown on a node's first line, or null when the element has none. */
    public String code(Identified element) {
        return switch (element) {
            case Plan plan -> plan.getCode();
            case PlanElement planElement -> planElement.getCode();
            case Institution institution -> institution.getAcronym();
            case SdgGoal goal -> DiagramText.get(locale, "code.sdg", goal.getId());
            case SdgTarget target -> DiagramText.get(locale, "code.sdg", target.getId());
            case SdgIndicator indicator -> DiagramText.get(locale, "code.sdg", indicator.getId());
            case GcmObjective objective -> DiagramText.get(locale, "code.gcm", objective.getId());
            case Action action -> DiagramText.get(locale, "code.action", action.getId());
            case LineOfAction line -> DiagramText.get(locale, "code.lineOfAction", line.getId());
            case SuggestedActivity activity -> DiagramText.get(locale, "code.activity", activity.getId());
            default -> null;
        };
    }

    /** The title shown under the code: catalogue titles in the model's language, short ones where they exist. */
    public String title(Identified element) {
        return switch (element) {
            case Plan plan -> plan.getTitle();
            case PlanElement planElement -> planElement.getTitle();
            case EntryPoint entryPoint -> entryPoint.getTitle();
            case Institution institution -> institution.getName();
            case CatalogEntry entry -> Titles.shortTitle(entry, language);
            default -> textFeature(element);
        };
    }

    /** Documents, passages and other objects: their title or name, whichever they have. */
    private static String textFeature(EObject element) {
        for (String name : new String[] {"title", "name"}) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
            if (feature != null && element.eGet(feature) instanceof String text) {
                return text;
            }
        }
        return null;
    }
}
