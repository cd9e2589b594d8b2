package org.enlace.model.catalog;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.enlace.model.l10n.Messages;

/** The kinds of catalogue entry a model element can be linked to, in catalogue order. */
public enum CatalogKind {
    SDG_GOAL("catalog.sdg", true),
    SDG_TARGET("catalog.sdg", false),
    SDG_INDICATOR("catalog.sdg", false),
    GCM_OBJECTIVE("catalog.gcm", true);

    /** Goals, targets and indicators of the 2030 Agenda. */
    public static final Set<CatalogKind> SDG = EnumSet.of(SDG_GOAL, SDG_TARGET, SDG_INDICATOR);

    private final String frameworkKey;
    private final boolean bareNumber;

    CatalogKind(String frameworkKey, boolean bareNumber) {
        this.frameworkKey = frameworkKey;
        this.bareNumber = bareNumber;
    }

    /** The framework's abbreviation in a language: SDG or ODS, GCM or PMM. */
    public String framework(Locale locale) {
        return Messages.in(locale, frameworkKey);
    }

    /**
     * A code as users read it: goal 5 and GCM objective 5 are both "5", so bare numbers carry the
     * framework ("SDG 5", "GCM 5"); targets and indicators ("10.7", "10.7.2") are unambiguous.
     */
    public String code(String code, Locale locale) {
        return bareNumber ? framework(locale) + " " + code : code;
    }
}
