package org.enlace.corpus.search;

/**
 * One value of a facet and how many matching passages have it.
 *
 * @param value what a filter takes ({@code COL}, a document id, {@code 2024}...)
 * @param label what to show: the document's title for the {@code document} facet, else the value
 * @param count matching passages with this value
 */
public record FacetValue(String value, String label, long count) {
}
