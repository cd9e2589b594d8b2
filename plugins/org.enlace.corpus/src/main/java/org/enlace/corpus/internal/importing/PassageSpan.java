package org.enlace.corpus.internal.importing;

/**
 * A passage cut from a document's text: characters {@code [start, end)}, the 1-based page it
 * starts on and the headings above it (outermost first, joined by " › ").
 */
public record PassageSpan(int start, int end, int page, String heading) {
}
