package org.enlace.model.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @AfterEach
    void resetLanguage() {
        Messages.setLocale(null);
    }

    @Test
    void everyEnglishTextHasASpanishOneAndNoSpanishTextIsLeftOver() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_es.properties"));
    }

    @Test
    void theChosenLanguageIsUsed() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("Quitar del diagrama", Messages.get("command.removeFromDiagram"));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Remove from diagram", Messages.get("command.removeFromDiagram"));
    }

    private static TreeSet<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
