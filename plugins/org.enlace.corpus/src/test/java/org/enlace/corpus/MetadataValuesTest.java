package org.enlace.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;

import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetadataValuesTest {

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void reset() {
        Messages.setLocale(null);
    }

    @Test
    void everyKeyIsReadAndNormalised() throws MetadataException {
        DocumentMetadata metadata = MetadataValues.parse(Map.of("title", " Plan ", "country", "col", "level",
                "National", "issuer", "DNP", "period", "2022-2026", "lang", "ES"), "x");
        assertEquals(new DocumentMetadata("Plan", "COL", "national", "DNP", 2022, 2026, "es"), metadata);
        assertEquals("2022-2026", metadata.period());
    }

    @Test
    void aSingleYearIsAPeriodOfOneYear() throws MetadataException {
        assertEquals(2024, MetadataValues.parse(Map.of("period", "2024"), "x").endYear());
    }

    @Test
    void badValuesNameTheSourceTheValueAndWhatToWrite() {
        assertEquals("plan.pdf.meta.properties: \"XYZ\" is not an ISO 3166-1 alpha-3 country code (e.g. COL, GTM, MEX, CRI).",
                assertThrows(MetadataException.class,
                        () -> MetadataValues.parse(Map.of("country", "xyz"), "plan.pdf.meta.properties")).getMessage());
        assertEquals("x: \"federal\" is not a plan level; use national, sectoral or subnational.",
                assertThrows(MetadataException.class,
                        () -> MetadataValues.parse(Map.of("level", "federal"), "x")).getMessage());
        assertEquals("x: \"2026-2022\" is not a period; write it as 2022-2026 or as a single year.",
                assertThrows(MetadataException.class,
                        () -> MetadataValues.parse(Map.of("period", "2026-2022"), "x")).getMessage());
        assertEquals("x: \"spanish\" is not a two-letter ISO 639-1 language code (e.g. es, en).",
                assertThrows(MetadataException.class,
                        () -> MetadataValues.parse(Map.of("lang", "spanish"), "x")).getMessage());
        assertEquals("x: unknown metadata key \"year\"; the keys are country, issuer, lang, level, period, title.",
                assertThrows(MetadataException.class,
                        () -> MetadataValues.parse(Map.of("year", "2022"), "x")).getMessage());
    }

    @Test
    void messagesAreInSpanishToo() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("x: \"federal\" no es un nivel de plan; use national (nacional), sectoral (sectorial) o "
                + "subnational (subnacional).", assertThrows(MetadataException.class,
                        () -> MetadataValues.parse(Map.of("level", "federal"), "x")).getMessage());
    }

    @Test
    void overridesReplaceOnlyKnownValues() {
        DocumentMetadata detected = new DocumentMetadata("Detected", "COL", "national", "", 2022, 2026, "es");
        DocumentMetadata given = new DocumentMetadata("", "", "subnational", "Alcaldía", 0, 0, "");
        assertEquals(new DocumentMetadata("Detected", "COL", "subnational", "Alcaldía", 2022, 2026, "es"),
                detected.overriddenBy(given));
    }
}
