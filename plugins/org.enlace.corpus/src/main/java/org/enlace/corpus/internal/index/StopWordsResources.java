package org.enlace.corpus.internal.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * Serves Lucene's own stop word lists to {@code CustomAnalyzer}'s stop filter, the Spanish one
 * folded: the Spanish analyzer folds before it removes stop words, so {@code más} and {@code él}
 * arrive as {@code mas} and {@code el} and must be listed that way.
 */
final class StopWordsResources implements ResourceLoader {

    static final String SPANISH_FOLDED = "enlace:stop-es-folded";
    static final String ENGLISH = "enlace:stop-en";

    private final ClasspathResourceLoader classpath = new ClasspathResourceLoader(StopWordsResources.class);

    @Override
    public InputStream openResource(String resource) throws IOException {
        return switch (resource) {
            case SPANISH_FOLDED -> asLines(SpanishAnalyzer.getDefaultStopSet(), true);
            case ENGLISH -> asLines(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
            default -> classpath.openResource(resource);
        };
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        return classpath.findClass(cname, expectedType);
    }

    private static InputStream asLines(CharArraySet words, boolean fold) {
        StringBuilder lines = new StringBuilder();
        for (Object word : words) {
            char[] chars = (char[]) word;
            lines.append(fold ? fold(chars) : new String(chars)).append('\n');
        }
        return new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String fold(char[] word) {
        // Folding can expand a character to up to four (e.g. a ligature).
        char[] folded = new char[word.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word, 0, folded, 0, word.length);
        return new String(folded, 0, length);
    }
}
