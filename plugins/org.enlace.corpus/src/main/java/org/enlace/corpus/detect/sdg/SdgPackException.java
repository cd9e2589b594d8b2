package org.enlace.corpus.detect.sdg;

/** A query pack line that cannot be read: names the file, the line and what to write instead. */
public final class SdgPackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public SdgPackException(String source, int line, String problem) {
        super(source + ", line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
