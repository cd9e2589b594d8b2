package org.enlace.model.validation;

import org.eclipse.emf.ecore.EObject;

/** One validation finding: how bad, which rule, on which object, and what to tell the analyst. */
public record Problem(Severity severity, Rule rule, EObject subject, String message) {

    public enum Severity { WARNING, ERROR }
}
