package org.enlace.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs command lines for the tests and keeps what the last one printed. Each test starts in
 * English, whatever the machine's language, and the language is reset after it.
 */
final class CliRunner implements BeforeEachCallback, AfterEachCallback {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Override
    public void beforeEach(ExtensionContext context) {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.setLocale(null);
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }
}
