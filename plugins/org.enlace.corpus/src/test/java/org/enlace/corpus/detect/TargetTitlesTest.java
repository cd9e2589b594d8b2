package org.enlace.corpus.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.persistence.EnlaceResourceSets;
import org.junit.jupiter.api.Test;

class TargetTitlesTest {

    private static final String PACK = "pack p 1\n[migration]\nmigrante\n[target 8.5]\ntrabajador\n[target 8.8]\ntrabajador\n";
    private static final String TEXT = "Protegeremos los derechos laborales de los trabajadores migrantes.";

    @Test
    void theTargetWhoseTitleThePassageEchoesComesFirstAndSaysWhy() throws PackException {
        TargetTitles titles = new TargetTitles(new CatalogQuery(EnlaceResourceSets.create()));
        QueryPack pack = PackParser.parse("p", PACK);
        assertEquals(List.of("8.5", "8.8"), new MigrationScorer(pack).assess(TEXT, "", "es").topTargets(2));
        MigrationAssessment a = new MigrationScorer(pack, titles).assess(TEXT, "", "es");
        assertEquals(List.of("8.8", "8.5"), a.topTargets(2));
        assertEquals(List.of("trabajador", "title: derechos laborales trabajadores migrantes"), a.targets().get(0).reasons());
    }
}
