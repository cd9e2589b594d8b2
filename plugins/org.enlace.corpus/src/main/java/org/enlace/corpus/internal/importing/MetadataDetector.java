package org.enlace.corpus.internal.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enlace.corpus.DocumentMetadata;
import org.enlace.corpus.extract.Block;
import org.enlace.corpus.extract.BlockKind;
import org.enlace.corpus.extract.ExtractedDocument;

/**
 * Guesses what it can of a document's metadata from its path, its own properties and its text:
 * title, country, level, period and language. Anything given on the command line or in a
 * sidecar file wins over these guesses.
 */
public final class MetadataDetector {

    /** Characters of text read for country and period clues: the cover and first pages. */
    private static final int HEAD_CHARS = 6_000;
    private static final Pattern PERIOD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-–—/_]\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern SUBNATIONAL = Pattern.compile(
            "\\b(municipal|municipio|departamental|departamento de|provincial|gobernacion|alcaldia|cantonal|estatal|subnacional|territorial|pdm|municipality|provincial|state plan)\\b");
    private static final Pattern SECTORAL = Pattern.compile("\\b(sectorial|sectoral|plan sector)\\b");
    private static final Pattern NATIONAL = Pattern.compile("\\b(nacional|national|pnd|k'?atun)\\b");
    private static final Pattern JUNK_TITLE = Pattern.compile("(?i)^(microsoft word\\s*-.*|untitled.*|sin titulo.*|documento\\d*|doc\\d*|\\W*)$");

    private final LanguageDetector languages = new LanguageDetector();
    /** Whole-word pattern of each country name → its code, longest names first; compiled once. */
    private static final Map<Pattern, String> COUNTRY_BY_NAME = loadCountryNames();

    public DocumentMetadata detect(Path file, ExtractedDocument document) {
        String title = title(file, document);
        String head = document.text().substring(0, Math.min(HEAD_CHARS, document.text().length()));
        String pathClues = fold(file.toAbsolutePath().getParent().getFileName() + " " + file.getFileName())
                .replace('-', ' ').replace('_', ' ');
        String titleClues = fold(title);
        String country = countryIn(pathClues + " " + titleClues);
        if (country.isEmpty()) {
            country = dominantCountry(fold(head));
        }
        int[] period = period(file.getFileName().toString(), title, head);
        return new DocumentMetadata(title, country, level(pathClues + " " + titleClues), "", period[0], period[1],
                languages.detect(document.text()));
    }

    private static String title(Path file, ExtractedDocument document) {
        String own = document.properties().getOrDefault("title", "").strip();
        if (!own.isEmpty() && !JUNK_TITLE.matcher(own).matches() && own.length() <= 300) {
            return own;
        }
        for (Block block : document.blocks()) {
            if (block.start() > HEAD_CHARS) {
                break;
            }
            // A first heading of one or two words ("CONSIDERANDO", "Índice") names a section, not the plan.
            String heading = document.text().substring(block.start(), block.end()).strip();
            if (block.kind() == BlockKind.HEADING && heading.length() <= 200 && heading.split("\\s+").length >= 3) {
                return heading;
            }
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' ').strip();
    }

    private String countryIn(String clues) {
        for (Map.Entry<Pattern, String> name : COUNTRY_BY_NAME.entrySet()) {
            if (name.getKey().matcher(clues).find()) {
                return name.getValue();
            }
        }
        return "";
    }

    /** The country named at least three times and twice as often as any other, or none. */
    private String dominantCountry(String text) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Map.Entry<Pattern, String> name : COUNTRY_BY_NAME.entrySet()) {
            Matcher matcher = name.getKey().matcher(text);
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            if (count > 0) {
                mentions.merge(name.getValue(), count, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(mentions.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (ranked.isEmpty() || ranked.get(0).getValue() < 3) {
            return "";
        }
        boolean clear = ranked.size() == 1 || ranked.get(0).getValue() >= 2 * ranked.get(1).getValue();
        return clear ? ranked.get(0).getKey() : "";
    }

    private static int[] period(String... places) {
        for (String place : places) {
            Matcher matcher = PERIOD.matcher(place);
            while (matcher.find()) {
                int start = Integer.parseInt(matcher.group(1));
                int end = Integer.parseInt(matcher.group(2));
                if (end > start && end - start <= 40) {
                    return new int[] {start, end};
                }
            }
        }
        return new int[] {0, 0};
    }

    private static String level(String clues) {
        if (SUBNATIONAL.matcher(clues).find()) {
            return "subnational";
        }
        if (SECTORAL.matcher(clues).find()) {
            return "sectoral";
        }
        return NATIONAL.matcher(clues).find() ? "national" : "";
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Longest names first, so "estados unidos mexicanos" is MEX before "estados unidos" is USA. */
    private static Map<Pattern, String> loadCountryNames() {
        List<String[]> pairs = new ArrayList<>();
        try (InputStream in = MetadataDetector.class.getResourceAsStream("/org/enlace/corpus/country-names.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                for (int i = 1; i < parts.length; i++) {
                    pairs.add(new String[] {fold(parts[i].strip()), parts[0].strip()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pairs.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] pair : pairs) {
            names.putIfAbsent(pair[0], pair[1]);
        }
        Map<Pattern, String> patterns = new LinkedHashMap<>();
        names.forEach((name, code) -> patterns.put(Pattern.compile("\\b" + Pattern.quote(name) + "\\b"), code));
        return patterns;
    }
}
