package org.enlace.corpus.internal.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enlace.corpus.extract.ExtractionException;
import org.enlace.corpus.extract.ExtractionFailure;
import org.enlace.corpus.extract.ExtractionLimits;

/**
 * HTML, Markdown and text files are parsed whole in memory, where a parse tree takes several times
 * the file's size. Such a file may not be larger than the text it may yield ({@code maxTextChars},
 * counted here as bytes, four per character at most), so that the text limit also bounds memory.
 */
final class InMemoryLimit {

    private static final int MAX_BYTES_PER_CHAR = 4;

    private InMemoryLimit() {
    }

    static void check(Path file, ExtractionLimits limits) throws ExtractionException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.UNREADABLE, Failures.shortDetail(e), e);
        }
        long max = Math.min(limits.maxFileBytes(), limits.maxTextChars() * MAX_BYTES_PER_CHAR);
        if (size > max) {
            throw new ExtractionException(ExtractionFailure.TOO_LARGE, size + " bytes, more than " + max
                    + " for a file read whole");
        }
    }
}
