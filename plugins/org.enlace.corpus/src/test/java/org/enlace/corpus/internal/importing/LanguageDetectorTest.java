package org.enlace.corpus.internal.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void spanishPlanText() {
        assertEquals("es", detector.detect("El Plan Nacional de Desarrollo establece que la población migrante "
                + "tendrá acceso a los servicios de salud y educación en el territorio nacional, y que el Estado "
                + "garantizará sus derechos."));
    }

    @Test
    void englishPolicyText() {
        assertEquals("en", detector.detect("The strategy addresses the root causes of migration in Central America "
                + "and it will strengthen the protection of migrants and refugees in the region."));
    }

    @Test
    void frenchAndPortugueseAreToldApartFromSpanish() {
        assertEquals("fr", detector.detect("Le plan national de développement prévoit que les migrants auront accès "
                + "aux services de santé et que l'État garantira leurs droits dans le pays."));
        assertEquals("pt", detector.detect("O plano nacional de desenvolvimento prevê que os migrantes terão acesso "
                + "aos serviços de saúde e que o Estado vai garantir os seus direitos no país."));
    }

    @Test
    void numbersAndNamesAloneHaveNoLanguage() {
        assertEquals("", detector.detect("2022 2026 COL GTM 10.7.1 8.8.2 Bogotá Zipaquirá"));
        assertEquals("", detector.detect(""));
    }
}
