package org.enlace.diagram.palette;

import org.eclipse.emf.ecore.EClass;
import org.enlace.model.EnlacePackage;

/** What the palette creates: the plan's own elements, entry points and institutions. */
public enum PaletteKind {
    NATIONAL_PLAN("nationalPlan", EnlacePackage.Literals.NATIONAL_DEVELOPMENT_PLAN),
    SECTORAL_PLAN("sectoralPlan", EnlacePackage.Literals.SECTORAL_PLAN),
    SUBNATIONAL_PLAN("subnationalPlan", EnlacePackage.Literals.SUBNATIONAL_PLAN),
    PILLAR("pillar", EnlacePackage.Literals.PILLAR),
    GOAL("goal", EnlacePackage.Literals.GOAL),
    TARGET("target", EnlacePackage.Literals.TARGET),
    INDICATOR("indicator", EnlacePackage.Literals.INDICATOR),
    ENTRY_POINT("entryPoint", EnlacePackage.Literals.ENTRY_POINT),
    INSTITUTION("institution", EnlacePackage.Literals.INSTITUTION);

    private final String key;
    private final EClass eClass;

    PaletteKind(String key, EClass eClass) {
        this.key = key;
        this.eClass = eClass;
    }

    /** A stable name for resource keys ({@code palette.goal}, {@code palette.goal.title}). */
    public String key() {
        return key;
    }

    public EClass eClass() {
        return eClass;
    }

    /** Plans, entry points and institutions belong to the model itself, never to another element. */
    public boolean isTopLevel() {
        return this == NATIONAL_PLAN || this == SECTORAL_PLAN || this == SUBNATIONAL_PLAN || this == ENTRY_POINT
                || this == INSTITUTION;
    }
}
