package org.enlace.corpus.internal.detect.sdg;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text as lower-cased, accent-free words with their character offsets. Query packs match on
 * these unstemmed words (their wildcards carry the endings), so one tokenizer serves English and
 * Spanish alike and a hit can always be pointed at in the original text.
 */
public final class FoldedTokens {

    private final List<String> words = new ArrayList<>();
    private final List<int[]> offsets = new ArrayList<>();

    public FoldedTokens(String text) {
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            words.add(fold(text.substring(start, i)));
            offsets.add(new int[] {start, i});
        }
    }

    /** Lower case without accents: {@code Migración} and {@code migracion} are one word. */
    public static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    public int size() {
        return words.size();
    }

    public String word(int index) {
        return words.get(index);
    }

    public int start(int index) {
        return offsets.get(index)[0];
    }

    public int end(int index) {
        return offsets.get(index)[1];
    }
}
