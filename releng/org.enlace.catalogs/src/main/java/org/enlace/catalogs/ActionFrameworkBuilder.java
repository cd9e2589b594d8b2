package org.enlace.catalogs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.enlace.model.Action;
import org.enlace.model.ActionFramework;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.LineOfAction;
import org.enlace.model.SuggestedActivity;

/** Builds the Lines of Action framework of the seed document 004: 6 lines, 19 actions, their activities. */
final class ActionFrameworkBuilder {

    private static final EnlaceFactory FACTORY = EnlaceFactory.eINSTANCE;

    private final Path sources;

    ActionFrameworkBuilder(Path sources) {
        this.sources = sources;
    }

    ActionFramework build() throws IOException {
        ActionFramework framework = FACTORY.createActionFramework();
        framework.setId("actions");
        framework.setName("Lines of Action for Mainstreaming Migration in the Implementation of the 2030 Agenda");
        framework.setVersion("RCM seed 004");
        framework.setProvenance("Regional Conference on Migration, Lines of Action (seed 004), Figure 3 and sections "
                + "1-6; Spanish translated for Enlace, not an official translation. See catalog-source/SOURCES.md.");
        Map<String, LineOfAction> lines = new HashMap<>();
        Map<String, Action> actions = new HashMap<>();
        for (CSVRecord row : CsvTable.read(sources.resolve("lines-of-action.csv"))) {
            String code = CsvTable.text(row, "code");
            String parent = CsvTable.text(row, "parent");
            switch (CsvTable.text(row, "kind")) {
                case "line" -> {
                    LineOfAction line = FACTORY.createLineOfAction();
                    titles(line, code, row);
                    line.setPurposeEn(CsvTable.optional(row, "text_en"));
                    line.setPurposeEs(CsvTable.optional(row, "text_es"));
                    framework.getLines().add(line);
                    lines.put(code, line);
                }
                case "action" -> {
                    Action action = FACTORY.createAction();
                    titles(action, code, row);
                    action.setDescriptionEn(CsvTable.optional(row, "text_en"));
                    action.setDescriptionEs(CsvTable.optional(row, "text_es"));
                    parent(lines.get(parent), code).getActions().add(action);
                    actions.put(code, action);
                }
                case "activity" -> {
                    SuggestedActivity activity = FACTORY.createSuggestedActivity();
                    titles(activity, code, row);
                    parent(actions.get(parent), code).getActivities().add(activity);
                }
                default -> throw new IllegalArgumentException("lines-of-action.csv: unknown kind in " + row);
            }
        }
        return framework;
    }

    private static void titles(org.enlace.model.CatalogEntry entry, String code, CSVRecord row) {
        entry.setId(code);
        entry.setTitleEn(CsvTable.text(row, "title_en"));
        entry.setTitleEs(CsvTable.text(row, "title_es"));
    }

    private static <T> T parent(T parent, String code) {
        if (parent == null) {
            throw new IllegalArgumentException("lines-of-action.csv: the parent of " + code + " comes later or is missing");
        }
        return parent;
    }
}
