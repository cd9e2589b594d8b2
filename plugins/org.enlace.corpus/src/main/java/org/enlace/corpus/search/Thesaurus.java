package org.enlace.corpus.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Concepts of migration vocabulary, each a set of equivalent terms in Spanish and English, used to
 * widen queries at search time.
 *
 * <p>Format (UTF-8): {@code #} starts a comment; each other non-blank line is one concept,
 * optionally tagged with a language-neutral name in brackets, its terms separated by {@code |}:
 * <pre>[remittances] remesas | remesa | remittances | remittance</pre>
 * Concepts with the same tag, in one file or across {@link #merge merged} files, are one concept.
 * Terms are compared lower case and without accents or punctuation, so {@code Migración} is the
 * entry {@code migracion}.
 */
public final class Thesaurus {

    /** The thesaurus shipped with Enlace, beside this class. */
    public static final String BUILT_IN = "migration-thesaurus.txt";

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Tag (lower case, or a generated one for untagged lines) to terms in file order. */
    private final Map<String, List<String>> concepts;
    /** Normalised term to the tags of the concepts it belongs to. */
    private final Map<String, Set<String>> index = new LinkedHashMap<>();

    private Thesaurus(Map<String, List<String>> concepts) {
        this.concepts = concepts;
        concepts.forEach((tag, terms) -> terms.forEach(
                term -> index.computeIfAbsent(key(term), k -> new LinkedHashSet<>()).add(tag)));
    }

    public static Thesaurus empty() {
        return new Thesaurus(Map.of());
    }

    /** The migration thesaurus curated for Enlace (read once). */
    public static Thesaurus builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Loaded on first use; a broken resource is a packaging bug, not a user error. */
    private static final class BuiltIn {
        static final Thesaurus INSTANCE = read();
    }

    private static Thesaurus read() {
        try (InputStream in = Thesaurus.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ThesaurusException e) {
            throw new IllegalStateException("the built-in thesaurus is malformed: " + e.getMessage(), e);
        }
    }

    /** A user's thesaurus file in the format above. */
    public static Thesaurus load(Path file) throws IOException, ThesaurusException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    /** Reads the format above; {@code source} names the input in error messages. */
    public static Thesaurus parse(Reader reader, String source) throws IOException, ThesaurusException {
        Map<String, List<String>> concepts = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            int comment = line.indexOf('#');
            String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!content.isEmpty()) {
                readConcept(content, source, number, concepts);
            }
        }
        return new Thesaurus(concepts);
    }

    /** This thesaurus and {@code other}: concepts with the same tag are joined. */
    public Thesaurus merge(Thesaurus other) {
        Map<String, List<String>> joined = new LinkedHashMap<>();
        concepts.forEach((tag, terms) -> addTerms(joined, tag, terms));
        other.concepts.forEach((tag, terms) -> addTerms(joined, tag, terms));
        return new Thesaurus(joined);
    }

    /** Number of concepts. */
    public int size() {
        return concepts.size();
    }

    /**
     * The terms equivalent to {@code termOrPhrase} (compared lower case, without accents), in
     * file order, without the term itself and its spelling variants; empty when it is no entry.
     */
    public List<String> expansions(String termOrPhrase) {
        String key = key(termOrPhrase);
        Set<String> tags = index.getOrDefault(key, Set.of());
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : tags) {
            for (String term : concepts.get(tag)) {
                byKey.putIfAbsent(key(term), term);
            }
        }
        byKey.remove(key);
        return List.copyOf(byKey.values());
    }

    /** Lower case, accents and punctuation removed, words separated by one space. */
    static String key(String text) {
        String unaccented = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static void readConcept(String content, String source, int number, Map<String, List<String>> concepts)
            throws ThesaurusException {
        String tag = "#" + source + ":" + number;
        String body = content;
        if (content.startsWith("[")) {
            int close = content.indexOf(']');
            if (close < 0 || content.substring(1, close).isBlank()) {
                throw new ThesaurusException(ThesaurusException.Problem.BAD_TAG, source, number);
            }
            tag = content.substring(1, close).strip().toLowerCase(Locale.ROOT);
            body = content.substring(close + 1);
        }
        if (body.isBlank()) {
            throw new ThesaurusException(ThesaurusException.Problem.TOO_FEW_TERMS, source, number);
        }
        List<String> terms = new ArrayList<>();
        for (String term : body.split("\\|", -1)) {
            if (key(term).isEmpty()) {
                throw new ThesaurusException(ThesaurusException.Problem.EMPTY_TERM, source, number);
            }
            terms.add(term.strip());
        }
        if (terms.size() < 2) {
            throw new ThesaurusException(ThesaurusException.Problem.TOO_FEW_TERMS, source, number);
        }
        addTerms(concepts, tag, terms);
    }

    private static void addTerms(Map<String, List<String>> concepts, String tag, List<String> terms) {
        List<String> known = concepts.computeIfAbsent(tag, t -> new ArrayList<>());
        Set<String> keys = new LinkedHashSet<>();
        known.forEach(term -> keys.add(key(term)));
        for (String term : terms) {
            if (keys.add(key(term))) {
                known.add(term);
            }
        }
    }
}
