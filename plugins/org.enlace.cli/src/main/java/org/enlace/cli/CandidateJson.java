package org.enlace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.enlace.corpus.detect.Candidate;
import org.enlace.corpus.detect.Firing;
import org.enlace.corpus.detect.Suggestion;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Candidates for programs: every firing with its offsets, every suggestion with its reasons. */
final class CandidateJson {

    private CandidateJson() {
    }

    static void print(int total, List<Candidate> shown, PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("total", total);
            json.writeArrayFieldStart("candidates");
            for (Candidate candidate : shown) {
                write(json, candidate);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void write(JsonGenerator json, Candidate c) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", c.id());
        json.writeStringField("document", c.passage().documentId());
        json.writeStringField("title", c.passage().documentTitle());
        json.writeNumberField("page", c.passage().page());
        json.writeNumberField("start", c.passage().start());
        json.writeNumberField("end", c.passage().end());
        json.writeStringField("heading", c.passage().heading());
        json.writeStringField("text", c.passage().text());
        json.writeBooleanField("entryPoint", c.assessment().entryPoint());
        json.writeNumberField("migrationScore", c.assessment().migrationScore());
        json.writeNumberField("commitmentScore", c.assessment().commitmentScore());
        json.writeArrayFieldStart("firings");
        for (Firing f : c.assessment().firings()) {
            json.writeStartObject();
            json.writeStringField("kind", f.kind().name().toLowerCase(Locale.ROOT));
            json.writeStringField("code", f.code());
            json.writeStringField("clause", f.clause());
            json.writeNumberField("start", f.start());
            json.writeNumberField("end", f.end());
            json.writeBooleanField("inHeading", f.inHeading());
            json.writeBooleanField("excluded", f.excluded());
            json.writeEndObject();
        }
        json.writeEndArray();
        suggestions(json, "sdgTargets", c.assessment().targets());
        suggestions(json, "gcmObjectives", c.assessment().objectives());
        json.writeEndObject();
    }

    private static void suggestions(JsonGenerator json, String name, List<Suggestion> suggestions) throws IOException {
        json.writeArrayFieldStart(name);
        for (Suggestion s : suggestions) {
            json.writeStartObject();
            json.writeStringField("code", s.code());
            json.writeNumberField("score", s.score());
            json.writeArrayFieldStart("reasons");
            for (String reason : s.reasons()) {
                json.writeString(reason);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
