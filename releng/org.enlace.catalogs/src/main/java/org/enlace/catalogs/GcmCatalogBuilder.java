package org.enlace.catalogs;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.csv.CSVRecord;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.GcmCatalog;
import org.enlace.model.GcmObjective;

/** Builds the catalogue of the 23 objectives of the Global Compact for Migration. */
final class GcmCatalogBuilder {

    private final Path sources;

    GcmCatalogBuilder(Path sources) {
        this.sources = sources;
    }

    GcmCatalog build() throws IOException {
        GcmCatalog catalog = EnlaceFactory.eINSTANCE.createGcmCatalog();
        catalog.setId("gcm");
        catalog.setName("Global Compact for Safe, Orderly and Regular Migration: objectives");
        catalog.setVersion("A/RES/73/195 (2018-12-19)");
        catalog.setProvenance("UN General Assembly resolution A/RES/73/195, paragraph 16; short labels from the "
                + "UN Network on Migration hub. See catalog-source/SOURCES.md.");
        for (CSVRecord row : CsvTable.read(sources.resolve("gcm-objectives.csv"))) {
            GcmObjective objective = EnlaceFactory.eINSTANCE.createGcmObjective();
            objective.setId(CsvTable.text(row, "objective"));
            objective.setParagraph(Integer.parseInt(CsvTable.text(row, "gcm_paragraph")));
            objective.setTitleEn(CsvTable.text(row, "title_en"));
            objective.setTitleEs(CsvTable.text(row, "title_es"));
            objective.setShortTitleEn(CsvTable.optional(row, "short_en"));
            objective.setShortTitleEs(CsvTable.optional(row, "short_es"));
            objective.setShortTitleFr(CsvTable.optional(row, "short_fr"));
            catalog.getObjectives().add(objective);
        }
        return catalog;
    }
}
