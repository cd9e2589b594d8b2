package org.enlace.model.l10n;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.enlace.model.LinkKind;

/**
 * The names of the metamodel's element kinds and link kinds in the user's language, for messages
 * that speak of "an indicator", "2 targets" or "aligns partially". A kind without a text is named
 * by its class name, so a new class never shows a bare key.
 */
public final class Terms {

    private Terms() {
    }

    /** The kind with its indefinite article: "an indicator", "una meta". */
    public static String withArticle(EClass kind) {
        return text("class." + kind.getName() + ".a", kind.getName());
    }

    /** The kind in the singular, without article: "indicator", "meta". */
    public static String singular(EClass kind) {
        return text("class." + kind.getName() + ".one", kind.getName());
    }

    /** The kind in the plural: "indicators", "metas". */
    public static String plural(EClass kind) {
        return text("class." + kind.getName() + ".many", kind.getName());
    }

    /** A count of the kind: "1 target", "3 targets". */
    public static String count(int count, EClass kind) {
        return count + " " + (count == 1 ? singular(kind) : plural(kind));
    }

    /** A count of diagram shapes (nodes and edges): "1 diagram shape", "5 diagram shapes". */
    public static String shapes(int count) {
        return count + " " + Messages.get(count == 1 ? "shape.one" : "shape.many");
    }

    /** What a link of this kind says, in words: "aligns partially", "se alinea parcialmente". */
    public static String linkKind(LinkKind kind) {
        return text("linkKind." + kind.getLiteral(), kind.getLiteral());
    }

    /**
     * Items joined for a sentence: "a", "a and b", "a, b and c". Spanish writes "e" instead of "y"
     * before a word that starts with the sound i ("metas e indicadores"), hence a second pattern.
     */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        String last = items.get(items.size() - 1);
        return Messages.get(startsWithSoundI(last) ? "list.lastBeforeI" : "list.last", head, last);
    }

    /** "i…" and "hi…", but not "hie…" or "hia…", where the i is heard as a consonant ("hielo"). */
    private static boolean startsWithSoundI(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean h = lower.startsWith("h");
        String rest = h ? lower.substring(1) : lower;
        if (!rest.startsWith("i") && !rest.startsWith("í")) {
            return false;
        }
        return !(h && rest.length() > 1 && "aeou".indexOf(rest.charAt(1)) >= 0);
    }

    /** The sentence with its first letter in capitals, for texts that start with an argument. */
    public static String sentence(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    private static String text(String key, String fallback) {
        String text = Messages.get(key);
        return text.equals(key) ? fallback : text;
    }
}
