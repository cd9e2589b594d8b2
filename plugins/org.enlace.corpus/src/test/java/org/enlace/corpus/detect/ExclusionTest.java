package org.enlace.corpus.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each look-alike family of the built-in pack: the passage is not about migration, and why. */
class ExclusionTest {

    private static final MigrationScorer SCORER = new MigrationScorer(QueryPack.builtIn());

    @ParameterizedTest
    @ValueSource(strings = {
        "Se completará la migración de datos del registro a la nueva plataforma.",
        "Impulsaremos la migración de sistemas y la migración a la nube de las instituciones.",
        "La migración tecnológica del Estado requiere servidores modernos.",
        "Protegeremos las especies migratorias y las aves migratorias del humedal.",
        "Se busca contener la frontera agrícola en las zonas de bosque.",
        "El proyecto mide el retorno de la inversión pública.",
        "Atraeremos inversión extranjera directa y empresas extranjeras.",
        "Se ampliará el Refugio Nacional de Vida Silvestre y las casas refugio para mujeres.",
        "Los tiempos de desplazamiento diario al trabajo superan dos horas.",
        "El turismo provoca su desplazamiento y un proceso de gentrificación en la costa.",
        "Debemos romper la naturalización de la violencia en los hogares.",
        "Asegurar recursos provenientes del impuesto sobre remesas al exterior.",
        "Reformar la ley para migrar de un modelo de precios unitarios a otro de estándares.",
        "Protegeremos las especies altamente migratorias y las migravías marinas.",
        "Apoyaremos a los poblados del Refugio Natural de Vida Silvestre del norte.",
        "FONTUR será administrado por la Fiduciaria Colombiana de Comercio Exterior S.A.",
    })
    void lookAlikeIsNotMigration(String text) {
        MigrationAssessment a = SCORER.assess(text, "", "es");
        assertEquals(false, a.migration(), () -> a.firings().toString());
        assertTrue(a.firings().stream().anyMatch(f -> f.kind() == PackSection.Kind.EXCLUDE), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Se creará un programa de atención a la población migrante.",
        "Las personas refugiadas y solicitantes de refugio recibirán documentos.",
        "Combatiremos la trata de personas en las zonas fronterizas.",
        "Muchas familias viven de las remesas que envían sus parientes.",
        "Se priorizarán los Planes de Retorno y Reubicación de la población desplazada.",
        "Ampliaremos los servicios consulares para los colombianos en el exterior.",
    })
    void samePassagesWithHumanMigrationAreMigration(String text) {
        assertEquals(true, SCORER.assess(text, "", "es").migration(), text);
    }
}
