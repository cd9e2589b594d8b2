package org.enlace.corpus.detect.sdg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enlace.corpus.internal.detect.sdg.ExpressionParser;

/**
 * The query clauses of one SDG. A pack is a text file, one {@code LABEL: EXPRESSION} clause per
 * line, {@code #} comments and blank lines ignored; the grammar is in each shipped pack's header.
 */
public record SdgQueryPack(int goal, List<SdgClause> clauses) {

    public static final int GOALS = 17;
    private static final Pattern CLAUSE = Pattern.compile("([A-Za-z0-9][\\w.-]*)\\s*:\\s*(.*)");

    /** Reads the shipped packs of all 17 goals, in goal order. */
    public static List<SdgQueryPack> shipped() {
        List<SdgQueryPack> packs = new ArrayList<>();
        for (int goal = 1; goal <= GOALS; goal++) {
            String name = String.format("goal-%02d.txt", goal);
            try (InputStream in = SdgQueryPack.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing query pack resource " + name);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                packs.add(parse(name, goal, text.lines().toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(packs);
    }

    /** @throws SdgPackException for the first line that is not a clause, or a repeated label */
    public static SdgQueryPack parse(String source, int goal, List<String> lines) {
        List<SdgClause> clauses = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = CLAUSE.matcher(line);
            if (!m.matches()) {
                throw new SdgPackException(source, i + 1,
                        "expected LABEL: EXPRESSION, e.g. es-1: pobreza NEAR/3 (reducir OR erradicar)");
            }
            if (!labels.add(m.group(1))) {
                throw new SdgPackException(source, i + 1, "label " + m.group(1) + " is used twice; give each clause its own");
            }
            try {
                clauses.add(new SdgClause(goal, m.group(1), m.group(2), ExpressionParser.parse(m.group(2))));
            } catch (IllegalArgumentException e) {
                throw new SdgPackException(source, i + 1, e.getMessage());
            }
        }
        return new SdgQueryPack(goal, List.copyOf(clauses));
    }
}
