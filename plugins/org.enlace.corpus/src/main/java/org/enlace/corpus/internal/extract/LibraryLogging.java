package org.enlace.corpus.internal.extract;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' own log messages off the user's console. PDFBox warns about every
 * odd font and recoverable syntax error, POI about unusual parts; the user gets one
 * {@code ExtractionException} instead. Both log through commons-logging and the Log4j API, which
 * the {@code log4j-to-jul} bridge sends to java.util.logging; here their loggers stop passing
 * records up to the root console handler and drop everything below SEVERE. An application that
 * wants the messages adds a handler (and level) to these loggers.
 */
public final class LibraryLogging {

    private static final List<String> LIBRARIES = List.of("org.apache.pdfbox", "org.apache.fontbox",
            "org.apache.poi", "org.apache.xmlbeans", "org.apache.commons.compress",
            // Lucene's hint to enable the incubating Vector API: a tuning note, not something users can act on.
            "org.apache.lucene.internal.vectorization");

    /** Held so that the loggers and their settings are not garbage-collected (JUL keeps weak references). */
    private static final List<Logger> LOGGERS = LIBRARIES.stream().map(Logger::getLogger).toList();

    static {
        for (Logger logger : LOGGERS) {
            logger.setUseParentHandlers(false);
            logger.setLevel(Level.SEVERE);
        }
    }

    private LibraryLogging() {
    }

    /** Applies the settings (once, when the class is first used). */
    public static void quiet() {
        // The static initialiser does the work.
    }

    /** The library loggers configured here, for tests and for applications that want the messages. */
    public static List<Logger> loggers() {
        return LOGGERS;
    }
}
