package org.enlace.diagram.layout;

import java.util.Locale;
import java.util.Optional;

import org.enlace.diagram.style.DiagramText;

/** The automatic layouts a diagram can be given. */
public enum LayoutKind {
    /** Plan → pillar → goal → target → indicator from top to bottom; SDG, GCM, entry points and the rest beside it. */
    HIERARCHICAL("hierarchical"),
    /** Linked elements close together, everything else pushed apart, like springs and charges. */
    ORGANIC("organic"),
    /** The containment tree from left to right, linked elements hanging from what they link to. */
    TREE("tree");

    private final String literal;

    LayoutKind(String literal) {
        this.literal = literal;
    }

    /** The name on the command line ({@code hierarchical}, {@code organic}, {@code tree}). */
    public String literal() {
        return literal;
    }

    public String displayName(Locale locale) {
        return DiagramText.get(locale, "layout." + literal);
    }

    public static Optional<LayoutKind> of(String literal) {
        for (LayoutKind kind : values()) {
            if (kind.literal.equalsIgnoreCase(literal == null ? "" : literal.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
