package org.enlace.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enlace.corpus.internal.importing.CorpusTexts;

/**
 * Reads metadata given as text, on the command line or in a sidecar file, and checks it: the keys
 * {@code title}, {@code country}, {@code level}, {@code issuer}, {@code period} ({@code 2022-2026}
 * or {@code 2024}) and {@code lang}.
 */
public final class MetadataValues {

    public static final Set<String> KEYS = Set.of("title", "country", "level", "issuer", "period", "lang");

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");

    private MetadataValues() {
    }

    /**
     * @param values key → value; blank values are ignored
     * @param where names the source in messages (a sidecar path, or "--country" style options)
     */
    public static DocumentMetadata parse(Map<String, String> values, String where) throws MetadataException {
        for (String key : values.keySet()) {
            if (!KEYS.contains(key)) {
                throw new MetadataException(CorpusTexts.get("metadata.unknownKey", where, key, String.join(", ",
                        new java.util.TreeSet<>(KEYS))));
            }
        }
        String country = value(values, "country").toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !COUNTRIES.contains(country)) {
            throw new MetadataException(CorpusTexts.get("metadata.badCountry", where, country));
        }
        String level = value(values, "level").toLowerCase(Locale.ROOT);
        if (!level.isEmpty() && !DocumentMetadata.LEVELS.contains(level)) {
            throw new MetadataException(CorpusTexts.get("metadata.badLevel", where, level));
        }
        String language = value(values, "lang").toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && (language.length() != 2 || !LANGUAGES.contains(language))) {
            throw new MetadataException(CorpusTexts.get("metadata.badLanguage", where, language));
        }
        int[] period = period(value(values, "period"), where);
        return new DocumentMetadata(value(values, "title"), country, level, value(values, "issuer"), period[0],
                period[1], language);
    }

    private static int[] period(String text, String where) throws MetadataException {
        if (text.isEmpty()) {
            return new int[] {0, 0};
        }
        Matcher matcher = PERIOD.matcher(text);
        if (!matcher.matches()) {
            throw new MetadataException(CorpusTexts.get("metadata.badPeriod", where, text));
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = matcher.group(2) == null ? start : Integer.parseInt(matcher.group(2));
        if (start < 1900 || end > 2200 || end < start) {
            throw new MetadataException(CorpusTexts.get("metadata.badPeriod", where, text));
        }
        return new int[] {start, end};
    }

    private static String value(Map<String, String> values, String key) {
        String value = values.get(key);
        return value == null ? "" : value.strip();
    }
}
