package org.enlace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows of an SDG Classification Benchmark file: CSV with columns {@code id,text,sdg,label} in any
 * order (more columns allowed), RFC 4180 quoting, {@code label} True or False.
 */
final class LabelledSdgRows {

    record Row(String id, String text, int sdg, boolean label) {
    }

    /** A problem to show the user: a message key of {@code messages.properties} and its arguments. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient Object[] arguments;

        Problem(String key, Object... arguments) {
            super(key);
            this.key = key;
            this.arguments = arguments;
        }
    }

    private LabelledSdgRows() {
    }

    static List<Row> read(Path file) throws IOException, Problem {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvRecords.parse(Files.readString(file, StandardCharsets.UTF_8), records, lines);
        if (records.isEmpty()) {
            throw new Problem("evalSdg.noHeader", file);
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int[] columns = new int[4];
        String[] names = {"id", "text", "sdg", "label"};
        for (int c = 0; c < names.length; c++) {
            columns[c] = header.indexOf(names[c]);
            if (columns[c] < 0) {
                throw new Problem("evalSdg.missingColumn", file, names[c]);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            rows.add(row(file, records.get(r), lines.get(r), columns));
        }
        return rows;
    }

    private static Row row(Path file, List<String> record, int line, int[] columns) throws Problem {
        if (record.size() == 1 && record.get(0).isBlank()) {
            throw new Problem("evalSdg.blankLine", file, line);
        }
        for (int column : columns) {
            if (column >= record.size()) {
                throw new Problem("evalSdg.shortLine", file, line, record.size(), columns.length);
            }
        }
        int sdg;
        try {
            sdg = Integer.parseInt(record.get(columns[2]).strip());
        } catch (NumberFormatException e) {
            sdg = 0;
        }
        if (sdg < 1 || sdg > 17) {
            throw new Problem("evalSdg.badSdg", file, line, record.get(columns[2]));
        }
        String label = record.get(columns[3]).strip();
        if (!label.equalsIgnoreCase("true") && !label.equalsIgnoreCase("false")) {
            throw new Problem("evalSdg.badLabel", file, line, label);
        }
        return new Row(record.get(columns[0]), record.get(columns[1]), sdg, label.equalsIgnoreCase("true"));
    }
}
