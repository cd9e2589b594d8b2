package org.enlace.model.commands;

import java.util.List;

import org.enlace.model.LinkKind;

/**
 * What may be drawn from one diagram node to another: the link kinds to offer, in menu order, or,
 * when there is none, why not, in the user's language (for the editor's tooltip).
 *
 * @param kinds the kinds that may be drawn; empty when refused
 * @param reason why nothing may be drawn; empty when some kind may
 */
public record LinkCheck(List<LinkKind> kinds, String reason) {

    public LinkCheck {
        kinds = List.copyOf(kinds);
    }

    static LinkCheck allowed(List<LinkKind> kinds) {
        return new LinkCheck(kinds, "");
    }

    static LinkCheck refused(String reason) {
        return new LinkCheck(List.of(), reason);
    }

    public boolean allowed() {
        return !kinds.isEmpty();
    }
}
