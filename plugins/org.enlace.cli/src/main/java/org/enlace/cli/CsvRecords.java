package org.enlace.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** RFC 4180 records (Commons CSV), each with the line it starts on, for messages that point at a line. */
final class CsvRecords {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvRecords() {
    }

    /** Adds each record to {@code records} and the line it starts on to {@code lines}. */
    static void parse(String text, List<List<String>> records, List<Integer> lines) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), FORMAT)) {
            int line = 1;
            int scanned = 0;
            for (CSVRecord record : parser) {
                records.add(new ArrayList<>(record.toList()));
                // Count the line breaks up to where the record starts: exact with quoted line breaks and blank lines.
                int start = (int) record.getCharacterPosition();
                // The position may point at empty lines the parser skipped before the record.
                while (start < content.length() && (content.charAt(start) == '\r' || content.charAt(start) == '\n')) {
                    start++;
                }
                for (; scanned < start; scanned++) {
                    if (content.charAt(scanned) == '\n') {
                        line++;
                    }
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
