package org.enlace.catalogs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.MigrationRelevance;
import org.enlace.model.SdgCatalog;
import org.enlace.model.SdgGoal;
import org.enlace.model.SdgIndicator;
import org.enlace.model.SdgTarget;

/**
 * Builds the SDG catalogue (17 goals, 169 targets, 231 unique indicators under 248 codes) from the
 * en/es/fr framework CSVs, the indicator metadata and Enlace's migration-relevance curation.
 */
final class SdgCatalogBuilder {

    private static final String KOS = "http://metadata.un.org/sdg/";
    private static final EnlaceFactory FACTORY = EnlaceFactory.eINSTANCE;

    private final Path sources;

    SdgCatalogBuilder(Path sources) {
        this.sources = sources;
    }

    SdgCatalog build() throws IOException {
        List<CSVRecord> english = CsvTable.read(sources.resolve("sdg-en.csv"));
        Map<String, String> spanish = titles("sdg-es.csv");
        Map<String, String> french = titles("sdg-fr.csv");
        Map<String, CSVRecord> shortNames = byColumn(CsvTable.read(sources.resolve("sdg-goal-short-names.csv")), "code");
        Map<String, CSVRecord> meta = byColumn(CsvTable.read(sources.resolve("sdg-indicator-meta.csv")), "code");

        SdgCatalog catalog = FACTORY.createSdgCatalog();
        catalog.setId("sdg");
        catalog.setName("Sustainable Development Goals: goals, targets and indicators");
        catalog.setVersion("2025-08-19");
        catalog.setProvenance("open-sdg/sdg-translations 0cda585851a5c6f04040a9a2755fbb4496c4eead (MIT), UN official "
                + "wording; UN IAEG-SDGs tier classification 2022-11-30. See catalog-source/SOURCES.md.");

        Map<String, SdgGoal> goals = new HashMap<>();
        Map<String, SdgTarget> targets = new LinkedHashMap<>();
        Map<String, SdgIndicator> byRepeatGroup = new HashMap<>();
        for (CSVRecord row : english) {
            String code = CsvTable.text(row, "code");
            String parent = CsvTable.text(row, "parent");
            switch (CsvTable.text(row, "kind")) {
                case "goal" -> {
                    SdgGoal goal = FACTORY.createSdgGoal();
                    fill(goal, code, row, spanish, french);
                    CSVRecord names = shortNames.get(code);
                    goal.setShortTitleEn(CsvTable.optional(names, "en"));
                    goal.setShortTitleEs(CsvTable.optional(names, "es"));
                    goal.setShortTitleFr(CsvTable.optional(names, "fr"));
                    goal.setUri(KOS + code);
                    goals.put(code, goal);
                    catalog.getGoals().add(goal);
                }
                case "target" -> {
                    SdgTarget target = FACTORY.createSdgTarget();
                    fill(target, code, row, spanish, french);
                    target.setUri(KOS + code);
                    require(goals.get(parent), "goal " + parent + " of target " + code).getTargets().add(target);
                    targets.put(code, target);
                }
                case "indicator" -> {
                    SdgTarget target = require(targets.get(parent), "target " + parent + " of indicator " + code);
                    CSVRecord indicatorMeta = require(meta.get(code), "metadata of indicator " + code);
                    String group = CsvTable.text(indicatorMeta, "repeat_group");
                    SdgIndicator indicator = group.isEmpty() ? null : byRepeatGroup.get(group);
                    if (indicator == null) {
                        indicator = newIndicator(code, row, spanish, french, indicatorMeta);
                        catalog.getIndicators().add(indicator);
                        if (!group.isEmpty()) {
                            byRepeatGroup.put(group, indicator);
                        }
                    } else {
                        indicator.getAliases().add(code);
                    }
                    target.getIndicators().add(indicator);
                }
                default -> throw new IllegalArgumentException("sdg-en.csv: unknown kind in " + row);
            }
        }
        applyRelevance(targets);
        return catalog;
    }

    private SdgIndicator newIndicator(String code, CSVRecord row, Map<String, String> spanish,
            Map<String, String> french, CSVRecord meta) {
        SdgIndicator indicator = FACTORY.createSdgIndicator();
        fill(indicator, code, row, spanish, french);
        indicator.setUnsdCode(CsvTable.optional(meta, "unsd_code"));
        indicator.setTier(CsvTable.optional(meta, "tier_2022_11"));
        indicator.setCustodians(CsvTable.optional(meta, "custodian_agencies"));
        if (indicator.getUnsdCode() != null) {
            indicator.setUri(KOS + indicator.getUnsdCode());
        }
        return indicator;
    }

    private void applyRelevance(Map<String, SdgTarget> targets) throws IOException {
        for (CSVRecord row : CsvTable.read(sources.resolve("sdg-migration-relevance.csv"))) {
            String code = CsvTable.text(row, "code");
            SdgTarget target = require(targets.get(code), "target " + code + " in sdg-migration-relevance.csv");
            target.setMigrationRelevance(MigrationRelevance.get(CsvTable.text(row, "relevance")));
            if (target.getMigrationRelevance() == null) {
                throw new IllegalArgumentException("sdg-migration-relevance.csv: unknown relevance in " + row);
            }
            target.setMigrationRelevanceSource(CsvTable.text(row, "source"));
        }
    }

    private static void fill(org.enlace.model.CatalogEntry entry, String code, CSVRecord english,
            Map<String, String> spanish, Map<String, String> french) {
        entry.setId(code);
        entry.setTitleEn(CsvTable.text(english, "title"));
        entry.setTitleEs(spanish.get(code));
        entry.setTitleFr(french.get(code));
    }

    private Map<String, String> titles(String file) throws IOException {
        Map<String, String> titles = new HashMap<>();
        for (CSVRecord row : CsvTable.read(sources.resolve(file))) {
            titles.put(CsvTable.text(row, "code"), CsvTable.text(row, "title"));
        }
        return titles;
    }

    private static Map<String, CSVRecord> byColumn(List<CSVRecord> rows, String column) {
        Map<String, CSVRecord> map = new HashMap<>();
        rows.forEach(row -> map.put(CsvTable.text(row, column), row));
        return map;
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("Catalogue sources are inconsistent: no " + what);
        }
        return value;
    }
}
