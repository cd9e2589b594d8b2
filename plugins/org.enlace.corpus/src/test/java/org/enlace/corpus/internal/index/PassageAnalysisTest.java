package org.enlace.corpus.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class PassageAnalysisTest {

    private static final Analyzer ANALYZER = PassageSchema.indexAnalyzer();

    private static List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void spanishFoldsThenStemsSoAccentsAndNumberDoNotMatter() throws IOException {
        assertEquals(List.of("migracion", "migracion", "migracion", "migracion"),
                tokens(PassageSchema.TEXT_ES, "migración migracion MIGRACIÓN migraciones"));
        assertEquals(List.of("migrant", "migrant", "trabajador", "trabajador", "remes", "remes"),
                tokens(PassageSchema.TEXT_ES, "migrantes migrante trabajadores trabajador remesas remesa"));
        assertEquals(List.of("regularizacion", "regularizacion", "regularizacion"),
                tokens(PassageSchema.TEXT_ES, "regularización regularizacion regularizaciones"));
    }

    @Test
    void spanishShortPluralsMeetTheirSingulars() throws IOException {
        assertEquals(List.of("nina", "nina", "ruta", "ruta", "hijo", "hijo", "pais", "pais"),
                tokens(PassageSchema.TEXT_ES, "niñas niña rutas ruta hijos hijo países país"));
    }

    @Test
    void spanishKeepsMigrarApartFromMigracion() throws IOException {
        assertEquals(List.of("migrar", "migracion"), tokens(PassageSchema.TEXT_ES, "migrar migración"));
    }

    @Test
    void spanishStopWordsGoAccentedOrNot() throws IOException {
        assertEquals(List.of("remes", "pais"), tokens(PassageSchema.TEXT_ES, "más remesas de los países y él"));
        assertEquals(List.of("remes", "pais"), tokens(PassageSchema.TEXT_ES, "mas remesas de los paises y el"));
    }

    @Test
    void englishStemsPluralsAndPossessives() throws IOException {
        assertEquals(List.of("migrant", "migrant", "remittance", "remittance", "returnee", "returnee"),
                tokens(PassageSchema.TEXT_EN, "migrants migrant's remittances remittance returnees returnee"));
        assertEquals(List.of("rights", "migrant"), tokens(PassageSchema.TEXT_EN, "The rights of the migrants"));
    }

    /** Per-language fields: the Spanish stemmer would make the English "plan" of "plano" (a map). */
    @Test
    void eachLanguageHasItsOwnStems() throws IOException {
        assertEquals(List.of("plan"), tokens(PassageSchema.TEXT_ES, "plano"));
        assertEquals(List.of("plano"), tokens(PassageSchema.TEXT_EN, "plano"));
    }

    @Test
    void exactFieldOnlyLowerCasesAndFolds() throws IOException {
        assertEquals(List.of("migracion", "ninas", "y", "trabajadores", "the"),
                tokens(PassageSchema.EXACT, "Migración, NIÑAS y trabajadores the"));
        assertEquals(tokens(PassageSchema.EXACT, "São Paulo"), tokens(PassageSchema.TEXT_STD, "São Paulo"));
        assertEquals(List.of("capitulo", "3", "migracion"), tokens(PassageSchema.HEADING, "Capítulo 3 › Migración"));
    }

    @Test
    void normaliseKeepsWildcardsAndFoldsTheRest() {
        assertEquals("migracio*", ANALYZER.normalize(PassageSchema.EXACT, "MIGRACIÓ*").utf8ToString());
        assertEquals("nin?s", ANALYZER.normalize(PassageSchema.TEXT_ES, "NIÑ?S").utf8ToString());
    }

    @Test
    void languageChoosesTheTextField() {
        assertEquals(PassageSchema.TEXT_ES, PassageSchema.textField("es"));
        assertEquals(PassageSchema.TEXT_ES, PassageSchema.textField("ES_co"));
        assertEquals(PassageSchema.TEXT_EN, PassageSchema.textField("en-JM"));
        assertEquals(PassageSchema.TEXT_STD, PassageSchema.textField("pt"));
        assertEquals(PassageSchema.TEXT_STD, PassageSchema.textField(""));
    }
}
