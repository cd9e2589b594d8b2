package org.enlace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void recordsKnowTheLineTheyStartOnPastQuotedLineBreaksAndBlankLines() {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvRecords.parse("\uFEFFid,text\r\n1,\"dos\r\nlíneas, y \"\"comillas\"\"\"\r\n\r\n2,fin\r\n", records, lines);
        assertEquals(List.of(List.of("id", "text"), List.of("1", "dos\r\nlíneas, y \"comillas\""), List.of("2", "fin")),
                records);
        assertEquals(List.of(1, 2, 5), lines);
    }
}
