package org.enlace.corpus.detect;

import java.util.regex.Pattern;

/**
 * The two keyword rules the scorer is measured against, as defined for the labelled migration
 * passages ({@code shared/data/labelled/migration-passages/paragraphs.py}, the rules of its
 * {@code narrow_match} and {@code broad_match}; the word lists are taken from there, the code is
 * written here). A passage is about migration when:
 * <ul>
 * <li><b>narrow</b>: a word starts with {@code migra}, {@code inmigra} or {@code emigra};
 * <li><b>broad</b>: it contains any word of the broad migration lexicon (retorno, remesa, diáspora,
 * refugio, desplazamiento, frontera, extranjero, nacionalidad, visa, ...), whatever its sense.
 * </ul>
 * Neither says anything about entry points or targets; for the entry-point figures a baseline's
 * migration decision is used as its entry-point decision.
 */
public final class KeywordBaselines {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern NARROW = Pattern.compile("\\b(migra|inmigra|emigra)\\w*", FLAGS);
    private static final String[] BROAD_TERMS = {
        "\\b(migra|inmigra|emigra)\\w*", "\\bretorn\\w*", "\\bremesa\\w*", "\\bdi[áa]spora\\w*",
        "\\brefugiad\\w*", "\\brefugio\\w*", "\\basilo\\b", "\\bdesplazad\\w*", "\\bdesplazamiento\\w*",
        "\\bmovilidad humana\\b", "\\b\\w*fronter\\w*", "\\btrata de (personas|blancas|mujeres|niñ\\w+)\\b",
        "\\b(la|de) trata\\b", "\\btr[áa]fico (il[íi]cito )?de (migrantes|personas)\\b", "\\bextranjer\\w*",
        "\\bap[áa]trida\\w*", "\\bnacionalidad\\w*", "\\bnaturalizaci\\w*",
        "\\btrabajador\\w* (agr[íi]colas? )?temporal\\w*", "\\bdeporta\\w*", "\\bconnacional\\w*",
        "\\brepatria\\w*", "\\bexiliad\\w*|\\bexilio\\b", "\\bindocumentad\\w*",
        "\\bvisas?\\b|\\bvisados?\\b|\\bpasaportes?\\b", "\\bn[óo]madas? digital\\w*",
        "\\b(costarricenses|colombianos|colombianas|guatemaltecos|guatemaltecas|nacionales|ciudadanos|ciudadanas"
            + "|personas) (residentes |que (residen|viven) )?en el (exterior|extranjero)\\b",
    };
    private static final Pattern BROAD = Pattern.compile("(?:" + String.join(")|(?:", BROAD_TERMS) + ")", FLAGS);

    private KeywordBaselines() {
    }

    /** The {@code migra*} rule. */
    public static boolean narrow(String text) {
        return NARROW.matcher(text).find();
    }

    /** The broad-lexicon rule. */
    public static boolean broad(String text) {
        return BROAD.matcher(text).find();
    }
}
