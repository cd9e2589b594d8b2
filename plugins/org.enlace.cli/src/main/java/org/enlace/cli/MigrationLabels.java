package org.enlace.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.enlace.corpus.detect.LabelledPassage;

/** Reads a labelled migration-passages CSV (RFC 4180, header {@code id,doc,para_index,text,migration,entry_point,sdg_targets,note}). */
final class MigrationLabels {

    static final List<String> COLUMNS =
            List.of("id", "doc", "para_index", "text", "migration", "entry_point", "sdg_targets", "note");

    /** A file that cannot be used, with the message to show. */
    static final class LabelsException extends Exception {
        private static final long serialVersionUID = 1L;

        LabelsException(String message) {
            super(message);
        }
    }

    private MigrationLabels() {
    }

    static List<LabelledPassage> read(Path file) throws IOException, LabelsException {
        if (!Files.isRegularFile(file)) {
            throw new LabelsException(CliText.get("eval.noFile", file));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new LabelsException(CliText.get("eval.missingColumns", file, String.join(", ", missing),
                        String.join(",", COLUMNS)));
            }
            List<LabelledPassage> rows = new ArrayList<>();
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                rows.add(row(file, record, line));
                line = parser.getCurrentLineNumber() + 1;
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a broken quote or a duplicate header this way.
            throw new LabelsException(CliText.get("eval.badCsv", file, e.getMessage()));
        }
    }

    private static LabelledPassage row(Path file, CSVRecord record, long line) throws LabelsException {
        if (!record.isConsistent()) {
            throw new LabelsException(CliText.get("eval.badRow", file, line, record.size(), COLUMNS.size()));
        }
        boolean migration = flag(file, record, line, "migration");
        boolean entry = flag(file, record, line, "entry_point");
        List<String> targets = Arrays.stream(record.get("sdg_targets").split(";")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        return new LabelledPassage(record.get("id"), record.get("doc"), record.get("text"), migration, entry, targets);
    }

    private static boolean flag(Path file, CSVRecord record, long line, String column) throws LabelsException {
        String value = record.get(column).strip();
        if (!value.equals("0") && !value.equals("1")) {
            throw new LabelsException(CliText.get("eval.badFlag", file, line, column, value));
        }
        return value.equals("1");
    }
}
