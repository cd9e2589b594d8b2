package org.enlace.corpus;

import java.util.Locale;
import java.util.Set;

/**
 * What Enlace knows about a plan document, for filters, facets and citations. Empty strings and
 * zero years mean unknown.
 *
 * @param title for display and citation
 * @param country ISO 3166-1 alpha-3 code, upper case
 * @param level {@code national}, {@code sectoral} or {@code subnational}
 * @param issuer issuing body
 * @param startYear first year of the plan's period
 * @param endYear last year of the plan's period
 * @param language ISO 639-1 code, lower case
 */
public record DocumentMetadata(String title, String country, String level, String issuer, int startYear,
        int endYear, String language) {

    public static final Set<String> LEVELS = Set.of("national", "sectoral", "subnational");

    public static final DocumentMetadata UNKNOWN = new DocumentMetadata("", "", "", "", 0, 0, "");

    public DocumentMetadata {
        title = title == null ? "" : title.strip();
        country = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        level = level == null ? "" : level.strip().toLowerCase(Locale.ROOT);
        issuer = issuer == null ? "" : issuer.strip();
        language = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    }

    /** This metadata with every known value of {@code overrides} put in place of its own. */
    public DocumentMetadata overriddenBy(DocumentMetadata overrides) {
        return new DocumentMetadata(pick(overrides.title, title), pick(overrides.country, country),
                pick(overrides.level, level), pick(overrides.issuer, issuer),
                overrides.startYear != 0 ? overrides.startYear : startYear,
                overrides.endYear != 0 ? overrides.endYear : endYear, pick(overrides.language, language));
    }

    /** The period as {@code 2022-2026}, a single year, or empty. */
    public String period() {
        if (startYear == 0) {
            return "";
        }
        return endYear == 0 || endYear == startYear ? String.valueOf(startYear) : startYear + "-" + endYear;
    }

    private static String pick(String override, String own) {
        return override.isEmpty() ? own : override;
    }
}
