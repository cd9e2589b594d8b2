package org.enlace.model.validation;

/** The Enlace validation rules; each has a message in the model bundle's texts. */
public enum Rule {
    ID_INVALID,
    ID_DUPLICATE,
    COUNTRY,
    PLAN_PERIOD,
    CODE_DUPLICATE,
    TARGET_YEAR,
    BASELINE_YEAR,
    MIGRATORY_STATUS_WITHOUT_SOURCE,
    ENTRY_POINT_UNLINKED,
    ENTRY_POINT_NOWHERE,
    LINK_KIND,
    LINK_SELF,
    LINK_DUPLICATE,
    TIMESTAMP,
    PASSAGE_PAGE,
    PASSAGE_OFFSETS,
    EDGE_ENDS,
    /** One of EMF's own checks: multiplicity, unresolved reference, value range. */
    EMF;

    public String messageKey() {
        return "rule." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
