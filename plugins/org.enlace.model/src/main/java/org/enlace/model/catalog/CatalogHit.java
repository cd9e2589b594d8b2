package org.enlace.model.catalog;

import org.enlace.model.CatalogEntry;

/**
 * One result of a {@link CatalogSearchQuery}.
 *
 * @param kind  what the entry is
 * @param entry the catalogue entry, to link a model element to
 * @param code  the code that was found: the entry's own, or the repeated indicator code the user typed
 * @param text  code and title in the requested language, for display ("10.7 Facilitar la migración…")
 */
public record CatalogHit(CatalogKind kind, CatalogEntry entry, String code, String text) {
}
