package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.enlace.corpus.search.FacetValue;
import org.enlace.corpus.search.IndexedPassage;
import org.enlace.corpus.search.Mark;
import org.enlace.corpus.search.SearchHit;
import org.enlace.corpus.search.SearchResult;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Search results for programs: one JSON object with the hits (marks as [start, end) pairs) and facets. */
final class SearchJson {

    private SearchJson() {
    }

    static void print(SearchResult result, PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("total", result.totalHits());
            json.writeBooleanField("totalExact", result.totalHitsExact());
            json.writeArrayFieldStart("hits");
            for (SearchHit hit : result.hits()) {
                writeHit(json, hit);
            }
            json.writeEndArray();
            if (!result.facets().isEmpty()) {
                writeFacets(json, result.facets());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void writeHit(JsonGenerator json, SearchHit hit) throws IOException {
        IndexedPassage passage = hit.passage();
        json.writeStartObject();
        json.writeStringField("id", passage.id());
        json.writeStringField("document", passage.documentId());
        json.writeStringField("title", passage.documentTitle());
        json.writeNumberField("page", passage.page());
        json.writeNumberField("score", hit.score());
        json.writeNumberField("start", passage.start());
        json.writeNumberField("end", passage.end());
        json.writeStringField("heading", passage.heading());
        json.writeStringField("country", passage.country());
        json.writeStringField("lang", passage.language());
        json.writeStringField("snippet", hit.snippet());
        json.writeArrayFieldStart("marks");
        for (Mark mark : hit.marks()) {
            json.writeArray(new int[] {mark.start(), mark.end()}, 0, 2);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeFacets(JsonGenerator json, Map<String, List<FacetValue>> facets) throws IOException {
        json.writeObjectFieldStart("facets");
        for (Map.Entry<String, List<FacetValue>> facet : facets.entrySet()) {
            json.writeArrayFieldStart(facet.getKey());
            for (FacetValue value : facet.getValue()) {
                json.writeStartObject();
                json.writeStringField("value", value.value());
                json.writeStringField("label", value.label());
                json.writeNumberField("count", value.count());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
