package org.enlace.corpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.enlace.corpus.internal.index.PassageDocuments;
import org.enlace.corpus.internal.index.PassageSchema;

/**
 * A small in-memory index of known passages, written as the corpus writes them: IndexWriter with
 * {@link PassageSchema#indexAnalyzer()}, documents from {@link PassageDocuments}.
 */
final class PassageFixture implements AutoCloseable {

    /** One plan document's metadata. */
    record Plan(String id, String title, String country, String level, String language, int startYear,
            int endYear, String issuer) {
    }

    static final Plan COL = new Plan("plan-col", "Plan Nacional de Desarrollo 2022-2026", "COL", "national", "es",
            2022, 2026, "Departamento Nacional de Planeación");
    static final Plan MEX = new Plan("plan-mex", "Programa Sectorial de Gobernación 2019-2024", "MEX", "sectoral", "es",
            2019, 2024, "Secretaría de Gobernación");
    static final Plan JAM = new Plan("plan-jam", "Vision 2030 Jamaica", "JAM", "national", "en", 2009, 2030,
            "Planning Institute of Jamaica");
    static final Plan BRA = new Plan("plan-bra", "Plano Plurianual", "BRA", "national", "pt", 0, 0,
            "Ministério do Planejamento");

    /** Twelve passages in four plans: Spanish (two), English and Portuguese with unknown years. */
    static List<IndexedPassage> corpus() {
        List<IndexedPassage> passages = new ArrayList<>();
        passages.addAll(plan(COL, "Capítulo 3 › Migración",
                "La migración desde Venezuela exige políticas de integración socioeconómica.",
                "Los trabajadores migrantes del sector rural tendrán acceso a la seguridad social.",
                "Se fortalecerá la lucha contra la trata de personas en las zonas de frontera.",
                "Las remesas familiares sostienen el consumo de muchos hogares y las redes de apoyo.",
                "Los trabajadores agrícolas y migrantes recibirán formación técnica."));
        passages.addAll(plan(MEX, "",
                "Un trabajador migrante retornado accede a programas de reintegración.",
                "MIGRACIÓN ordenada, segura y regular con atención a niñas no acompañadas.",
                "La migracion irregular aumentó en la frontera sur; la casa del migrante ofrece refugio."));
        passages.addAll(plan(JAM, "Goal 2 › Migration",
                "Remittances from the diaspora support household income, even in the red zones.",
                "Each migrant has access to consular services and every returnee receives support.",
                "The plan addresses human trafficking and the smuggling of migrants in this case."));
        passages.addAll(plan(BRA, "", "A migração de retorno e as remessas dos emigrantes."));
        return passages;
    }

    /** Passages of one plan, one per page, offsets as if the texts followed each other. */
    static List<IndexedPassage> plan(Plan plan, String heading, String... texts) {
        List<IndexedPassage> passages = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < texts.length; i++) {
            passages.add(new IndexedPassage(plan.id(), i, plan.title(), plan.country(), plan.level(), plan.language(),
                    plan.startYear(), plan.endYear(), plan.issuer(), i + 1, offset, offset + texts[i].length(), heading,
                    texts[i]));
            offset += texts[i].length() + 1;
        }
        return passages;
    }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    PassageFixture(List<IndexedPassage> passages) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PassageSchema.indexAnalyzer()))) {
            for (IndexedPassage passage : passages) {
                writer.addDocument(PassageDocuments.toDocument(passage));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    static PassageFixture standard() throws IOException {
        return new PassageFixture(corpus());
    }

    IndexSearcher indexSearcher() {
        return searcher;
    }

    PassageSearcher searcher() {
        return new PassageSearcher(searcher);
    }

    SearchResult search(String query, boolean expand) throws IOException, QuerySyntaxException {
        return searcher().search(new SearchRequest(query, 20, false, expand));
    }

    /** Ids of the hits of {@code query} (no expansion), best first. */
    List<String> ids(String query) throws IOException, QuerySyntaxException {
        return ids(search(query, false));
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(hit -> hit.passage().id()).toList();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
