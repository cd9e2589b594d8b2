package org.enlace.cli;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.enlace.model.Plan;
import org.enlace.model.PlanElement;
import org.enlace.model.PlanningModel;

/** Finds a plan element by its code ({@code G1}), or by plan and code ({@code PND/G1}) when codes repeat across plans. */
final class PlanElementsByCode {

    private PlanElementsByCode() {
    }

    static PlanElement find(PlanningModel model, String reference) {
        int slash = reference.indexOf('/');
        String planCode = slash < 0 ? null : reference.substring(0, slash);
        String code = slash < 0 ? reference : reference.substring(slash + 1);
        List<PlanElement> found = new ArrayList<>();
        for (Plan plan : model.getPlans()) {
            if (planCode != null && !planCode.equals(plan.getCode())) {
                continue;
            }
            for (TreeIterator<EObject> contents = plan.eAllContents(); contents.hasNext();) {
                if (contents.next() instanceof PlanElement element && code.equals(element.getCode())) {
                    found.add(element);
                }
            }
        }
        if (found.isEmpty()) {
            throw new UsageProblem(CliText.get("accept.noElement", reference));
        }
        if (found.size() > 1) {
            throw new UsageProblem(CliText.get("accept.ambiguousElement", reference, found.size()));
        }
        return found.get(0);
    }
}
