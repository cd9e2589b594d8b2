package org.enlace.catalogs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an RFC-4180 CSV file with a header row; values come back trimmed and NFC-normalised. */
final class CsvTable {

    private CsvTable() {
    }

    static List<CSVRecord> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ArrayList<>(format.parse(reader).getRecords());
        }
    }

    static String text(CSVRecord record, String column) {
        String value = record.isMapped(column) ? record.get(column) : "";
        return Normalizer.normalize(value == null ? "" : value.strip(), Normalizer.Form.NFC);
    }

    /** {@code null} for an empty value, so empty optional attributes are not written. */
    static String optional(CSVRecord record, String column) {
        String value = text(record, column);
        return value.isEmpty() ? null : value;
    }
}
