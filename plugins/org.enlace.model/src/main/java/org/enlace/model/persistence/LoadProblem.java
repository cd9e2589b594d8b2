package org.enlace.model.persistence;

/** What can be wrong with a model file; each kind has a message in the model bundle's texts. */
public enum LoadProblem {
    NOT_FOUND("load.notFound"),
    UNREADABLE("load.unreadable"),
    EMPTY("load.empty"),
    MALFORMED("load.malformed"),
    TRUNCATED("load.truncated"),
    DOCTYPE("load.doctype"),
    UNKNOWN_NAMESPACE("load.unknownNamespace"),
    NEWER_VERSION("load.newerVersion"),
    NOT_A_MODEL("load.notAModel"),
    UNKNOWN_FEATURE("load.unknownFeature"),
    BAD_VALUE("load.badValue"),
    MISSING_OBJECT("load.missingObject"),
    MISSING_CATALOG_ENTRY("load.missingCatalogEntry");

    private final String messageKey;

    LoadProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
