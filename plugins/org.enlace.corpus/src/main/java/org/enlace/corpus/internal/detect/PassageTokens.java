package org.enlace.corpus.internal.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed the way search analyses it: each kept token with its stem, its folded surface
 * form (for {@code migra*} and {@code *aremos}), its position (stop words leave gaps) and its
 * character offsets in the text.
 */
public record PassageTokens(List<Token> tokens) {

    /**
     * One token: stem, folded surface, lower-case surface (accents kept, so {@code *ará} can tell
     * "creará" from "declara"), position, offsets.
     */
    public record Token(String stem, String surface, String lower, int position, int start, int end) {
    }

    public static PassageTokens analyse(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String word = text.substring(offset.startOffset(), offset.endOffset());
                tokens.add(new Token(term.toString(), fold(word), word.toLowerCase(Locale.ROOT), position,
                        offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            // Analysis of a string in memory does no I/O.
            throw new UncheckedIOException(e);
        }
        return new PassageTokens(List.copyOf(tokens));
    }

    /** Lower case without accents: {@code Migración} becomes {@code migracion}. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int index) {
        return tokens.get(index);
    }
}
