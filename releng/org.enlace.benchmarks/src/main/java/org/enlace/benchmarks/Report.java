package org.enlace.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The Markdown the benchmark prints, ready for docs/benchmarks.md. */
final class Report {

    private final List<String> lines = new ArrayList<>();

    void heading(String text) {
        lines.add("");
        lines.add("### " + text);
        lines.add("");
    }

    void line(String text) {
        lines.add(text);
    }

    void table(String... header) {
        lines.add("| " + String.join(" | ", header) + " |");
        lines.add("|" + " --- |".repeat(header.length));
    }

    void row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        lines.add(row.toString());
    }

    void printTo(PrintStream out) {
        lines.forEach(out::println);
    }
}
