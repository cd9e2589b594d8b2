package org.enlace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

import org.enlace.corpus.ImportProgress;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void reset() {
        Messages.setLocale(null);
    }

    @Test
    void theBarShowsFilesDoneAndRatesPerSecond() {
        ImportProgress progress = new ImportProgress(3, 12, 150, 600, 2_000_000_000L, "plan.pdf");
        assertEquals("[######------------------] 3/12 files, 75.0 pages/s, 300 passages/s, 2 s",
                ProgressLine.render(progress));
    }

    @Test
    void itIsRedrawnInPlaceAndEndsWithANewLine() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), true);
        line.show(new ImportProgress(1, 1, 10, 40, 1_000_000_000L, "a.pdf"));
        line.finish();
        assertEquals("\r[########################] 1/1 files, 10.0 pages/s, 40 passages/s, 1 s\u001b[K\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void offWhenTheOutputIsNotATerminal() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), false);
        line.show(new ImportProgress(1, 2, 10, 40, 1_000_000_000L, "a.pdf"));
        line.finish();
        assertEquals("", text.toString());
    }
}
