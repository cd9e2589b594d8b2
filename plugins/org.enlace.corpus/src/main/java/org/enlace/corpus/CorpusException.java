package org.enlace.corpus;

import java.io.IOException;

/** A corpus that cannot be opened or changed; the message says what and what to do, in the user's language. */
public final class CorpusException extends IOException {

    private static final long serialVersionUID = 1L;

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
