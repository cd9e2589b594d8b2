package org.enlace.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.enlace.model.EnlacePackage;
import org.enlace.model.PlanningModel;

/** Validates a whole model with EMF's Diagnostician and the Enlace constraints, without global registries. */
public final class ModelValidator {

    private final Diagnostician diagnostician;

    public ModelValidator() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(EnlacePackage.eINSTANCE, new EnlaceConstraints());
        this.diagnostician = new Diagnostician(registry);
    }

    public List<Problem> validate(PlanningModel model) {
        Diagnostic result = diagnostician.validate(model);
        List<Problem> problems = new ArrayList<>();
        collect(result, problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        if (diagnostic.getSeverity() >= Diagnostic.WARNING && diagnostic.getChildren().isEmpty()) {
            List<?> data = diagnostic.getData();
            EObject subject = !data.isEmpty() && data.get(0) instanceof EObject e ? e : null;
            Rule rule = data.size() > 1 && data.get(1) instanceof Rule r ? r : Rule.EMF;
            Problem.Severity severity = diagnostic.getSeverity() >= Diagnostic.ERROR
                    ? Problem.Severity.ERROR : Problem.Severity.WARNING;
            problems.add(new Problem(severity, rule, subject, diagnostic.getMessage()));
        }
        diagnostic.getChildren().forEach(child -> collect(child, problems));
    }
}
