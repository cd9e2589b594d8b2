package org.enlace.model.commands;

import org.enlace.model.EnlaceFactory;
import org.enlace.model.PlanningModel;
import org.enlace.model.persistence.ModelVersions;

/** New, empty planning models with identity and the current model version. */
public final class NewModels {

    private NewModels() {
    }

    public static PlanningModel planningModel(String country, String title, String language) {
        PlanningModel model = EnlaceFactory.eINSTANCE.createPlanningModel();
        model.setId(Ids.newId());
        model.setModelVersion(ModelVersions.CURRENT);
        model.setCountry(country);
        model.setTitle(title);
        model.setLanguage(language);
        return model;
    }
}
