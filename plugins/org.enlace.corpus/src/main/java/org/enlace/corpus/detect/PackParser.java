package org.enlace.corpus.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enlace.corpus.detect.PackException.Problem;
import org.enlace.corpus.detect.PackSection.Kind;

/**
 * Reads the line grammar of query packs (documented in the header of {@code migration-pack.txt}
 * and in ADR 0009): a {@code pack NAME VERSION} line, {@code [section]} lines, and one clause per
 * line with an optional leading weight. {@code #} starts a comment line.
 */
public final class PackParser {

    private static final Pattern HEADER = Pattern.compile("pack\\s+(\\S+)\\s+(\\S+)");
    private static final Pattern SECTION = Pattern.compile("\\[\\s*(\\w+)(?:\\s+(\\S+))?\\s*]");
    private static final Pattern TARGET_CODE = Pattern.compile("\\d{1,2}\\.(\\d{1,2}|[a-z])");
    private static final Pattern WEIGHT = Pattern.compile("([^\\s\"]+)\\s+(.+)");
    private static final Pattern TERM = Pattern.compile("\\*?[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*\\*?");
    /** A clause that fires whenever the passage is about migration: a target's prior. */
    public static final String WHEN_MIGRATION = "@migration";
    private static final int MAX_SLOP = 20;
    private static final int GCM_OBJECTIVES = 23;

    private final String source;
    private String name;
    private String version;
    private Kind kind;
    private String code;
    private List<PackClause> clauses;
    private final List<PackSection> sections = new ArrayList<>();

    private PackParser(String source) {
        this.source = source;
    }

    /** Parses the text of a pack; {@code source} names it in errors (a file path or resource name). */
    public static QueryPack parse(String source, String text) throws PackException {
        PackParser parser = new PackParser(source);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                parser.statement(line, i + 1);
            }
        }
        if (parser.name == null) {
            throw new PackException(Problem.MISSING_HEADER, source, lines.length, "");
        }
        parser.closeSection();
        return new QueryPack(parser.name, parser.version, parser.sections);
    }

    private void statement(String line, int number) throws PackException {
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            if (name != null) {
                throw new PackException(Problem.DUPLICATE_HEADER, source, number, line);
            }
            name = header.group(1);
            version = header.group(2);
        } else if (name == null) {
            throw new PackException(Problem.MISSING_HEADER, source, number, line);
        } else if (line.startsWith("[")) {
            section(line, number);
        } else if (kind == null) {
            throw new PackException(Problem.CLAUSE_OUTSIDE_SECTION, source, number, line);
        } else {
            clauses.add(clause(line, number));
        }
    }

    private void section(String line, int number) throws PackException {
        Matcher m = SECTION.matcher(line);
        Kind next = m.matches() ? kindOf(m.group(1)) : null;
        String argument = next == null ? null : m.group(2);
        boolean coded = next == Kind.TARGET || next == Kind.GCM;
        if (next == null || coded != (argument != null)) {
            throw new PackException(Problem.UNKNOWN_SECTION, source, number, line);
        }
        if (next == Kind.TARGET && !TARGET_CODE.matcher(argument).matches()) {
            throw new PackException(Problem.BAD_TARGET_CODE, source, number, argument);
        }
        if (next == Kind.GCM && !isGcmNumber(argument)) {
            throw new PackException(Problem.BAD_GCM_NUMBER, source, number, argument);
        }
        closeSection();
        kind = next;
        code = coded ? argument : "";
        clauses = new ArrayList<>();
    }

    private static Kind kindOf(String word) {
        return switch (word) {
            case "migration" -> Kind.MIGRATION;
            case "commitment" -> Kind.COMMITMENT;
            case "exclude" -> Kind.EXCLUDE;
            case "target" -> Kind.TARGET;
            case "gcm" -> Kind.GCM;
            default -> null;
        };
    }

    private static boolean isGcmNumber(String text) {
        if (!text.matches("\\d{1,2}")) {
            return false;
        }
        int number = Integer.parseInt(text);
        return number >= 1 && number <= GCM_OBJECTIVES;
    }

    private void closeSection() {
        if (kind != null) {
            sections.add(new PackSection(kind, code, clauses));
        }
    }

    private PackClause clause(String line, int number) throws PackException {
        double weight = 1;
        String body = line;
        Matcher m = WEIGHT.matcher(line);
        if (m.matches() && startsLikeNumber(m.group(1))) {
            weight = weight(m.group(1), number);
            body = m.group(2).strip();
        }
        if (body.equals(WHEN_MIGRATION)) {
            return new PackClause(body, List.of(), -1, weight, number);
        }
        if (!body.startsWith("\"")) {
            return new PackClause(body, List.of(term(body, number)), -1, weight, number);
        }
        int close = body.indexOf('"', 1);
        if (close < 0 || body.substring(1, close).isBlank()) {
            throw new PackException(Problem.BAD_PHRASE, source, number, body);
        }
        List<String> terms = new ArrayList<>();
        for (String word : body.substring(1, close).strip().split("\\s+")) {
            terms.add(term(word, number));
        }
        String rest = body.substring(close + 1).strip();
        int slop = -1;
        if (!rest.isEmpty()) {
            slop = slop(rest, number);
        }
        return new PackClause(body, terms, slop, weight, number);
    }

    private static boolean startsLikeNumber(String word) {
        return !word.isEmpty() && (Character.isDigit(word.charAt(0)) || word.charAt(0) == '-'
                || word.charAt(0) == '.');
    }

    private double weight(String text, int number) throws PackException {
        try {
            double weight = Double.parseDouble(text);
            if (weight > 0 && Double.isFinite(weight)) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below with what to write
        }
        throw new PackException(Problem.BAD_WEIGHT, source, number, text);
    }

    private String term(String word, int number) throws PackException {
        if (!TERM.matcher(word).matches() || word.length() < 2) {
            throw new PackException(Problem.BAD_TERM, source, number, word);
        }
        return word;
    }

    private int slop(String rest, int number) throws PackException {
        if (rest.matches("~\\d{1,2}")) {
            int slop = Integer.parseInt(rest.substring(1));
            if (slop >= 1 && slop <= MAX_SLOP) {
                return slop;
            }
        }
        throw new PackException(Problem.BAD_PROXIMITY, source, number, rest);
    }
}
