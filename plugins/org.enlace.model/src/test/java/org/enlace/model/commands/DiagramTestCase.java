package org.enlace.model.commands;

import java.nio.file.Path;
import java.util.Locale;

import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Each diagram command test starts from the {@link DiagramFixture} model, with texts in English. */
abstract class DiagramTestCase {

    @TempDir
    Path dir;

    DiagramFixture f;
    DiagramCommands commands;

    @BeforeEach
    void openFixture() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        f = DiagramFixture.open(dir);
        commands = f.commands;
    }

    @AfterEach
    void resetLanguage() {
        Messages.setLocale(null);
    }
}
