package org.enlace.corpus.extract;

import java.nio.file.Path;

/** Turns one file of one format into clean text with pages and blocks. Implementations are thread-safe. */
public interface DocumentExtractor {

    /**
     * @throws ExtractionException with the reason when the file cannot be imported; never any
     *     other exception for bad input
     */
    ExtractedDocument extract(Path file, ExtractionLimits limits, Cancellation cancellation)
            throws ExtractionException;
}
