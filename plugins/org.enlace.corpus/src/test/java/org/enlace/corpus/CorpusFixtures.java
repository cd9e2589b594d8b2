package org.enlace.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.enlace.corpus.extract.PdfFixtures;
import org.enlace.corpus.search.SearchHit;
import org.enlace.corpus.search.SearchRequest;

/**
 * The small plans folder the corpus tests import, and short ways to import and search it. The
 * folder holds one document of each format; its sidecar makes them Colombian national plans of
 * 2022-2026 in Spanish, and two documents have their own sidecar:
 * <ul>
 * <li>{@value #PDF}: three pages with a running header and footer; "población migrante" on page 2,
 * "trabajadores migrantes" on page 3, each page under its own chapter heading;</li>
 * <li>{@value #DOCX}: "trabajadores migrantes" too, but for the period 2014-2018 (own sidecar);</li>
 * <li>{@value #HTML}: "familias migrantes", from Guatemala 2020-2024 (own sidecar);</li>
 * <li>{@value #MARKDOWN}: a title in its front matter and another in its first heading, nothing
 * about migrants;</li>
 * <li>{@value #TEXT}: a list of attendees.</li>
 * </ul>
 */
final class CorpusFixtures {

    static final String PDF = "plan-nacional.pdf";
    static final String DOCX = "informe-empleo.docx";
    static final String HTML = "plan-guatemala.html";
    static final String MARKDOWN = "notas-mesa.md";
    static final String TEXT = "asistentes.txt";

    /** The five documents in the order an import reports them (by path). */
    static final List<String> NAMES = List.of(TEXT, DOCX, MARKDOWN, HTML, PDF);

    private CorpusFixtures() {
    }

    /** Writes the plans folder {@code dir/plans} and returns it. */
    static Path plans(Path dir) throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        writePlanPdf(plans.resolve(PDF));
        writeDocx(plans.resolve(DOCX), "Informe sectorial de empleo rural",
                "Los trabajadores migrantes del sector agrícola reciben formación técnica.");
        Files.writeString(plans.resolve(HTML), """
                <!DOCTYPE html>
                <html><head><title>Plan de Guatemala</title></head>
                <body><h1>Plan de desarrollo de Guatemala</h1>
                <p>Las familias migrantes retornadas reciben apoyo para su reintegración.</p></body></html>
                """);
        Files.writeString(plans.resolve(MARKDOWN), """
                ---
                title: Acta de la mesa técnica
                ---

                # Notas de la mesa técnica

                La mesa revisó los indicadores de educación y salud.
                """);
        Files.writeString(plans.resolve(TEXT), "Lista de asistentes a la reunión de planeación.\n");
        Files.writeString(plans.resolve("enlace-meta.properties"),
                "country=COL\nlevel=national\nperiod=2022-2026\nlang=es\n");
        Files.writeString(plans.resolve(DOCX + ".meta.properties"), "period=2014-2018\n");
        Files.writeString(plans.resolve(HTML + ".meta.properties"), "country=GTM\nperiod=2020-2024\n");
        return plans;
    }

    /** Three pages, each a chapter heading and one paragraph, with a running header and footer. */
    static void writePlanPdf(Path file) throws IOException {
        PdfFixtures.write(file, List.of(
                List.of("CAPÍTULO 1. CONTEXTO DEL PLAN", "", "El plan orienta la inversión pública del país",
                        "durante el cuatrienio."),
                List.of("CAPÍTULO 2. INCLUSIÓN SOCIAL", "", "La población migrante accede a salud y educación",
                        "en igualdad de condiciones."),
                List.of("CAPÍTULO 3. EMPLEO DIGNO", "", "Los trabajadores migrantes obtienen permisos de",
                        "trabajo con rapidez.")));
    }

    /** A Word document of plain paragraphs. */
    static void writeDocx(Path file, String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
        }
    }

    /** Writes the plans folder, imports it into the corpus {@code dir/corpus} and returns that folder, closed. */
    static Path importedPlans(Path dir) throws IOException {
        Path folder = dir.resolve("corpus");
        try (Corpus corpus = Corpus.open(folder, true)) {
            importFiles(corpus, plans(dir));
        }
        return folder;
    }

    /** One worker, so that the files of a batch are done in the order of their paths. */
    static ImportOptions oneThread() {
        return ImportOptions.defaults().withThreads(1);
    }

    static ImportReport importFiles(Corpus corpus, Path... inputs) throws IOException {
        return corpus.importFiles(List.of(inputs), oneThread(), ImportListener.NONE);
    }

    /** What happened to each file, by file name, in the order of the report. */
    static Map<String, FileOutcome.Kind> kinds(ImportReport report) {
        Map<String, FileOutcome.Kind> kinds = new LinkedHashMap<>();
        for (FileOutcome file : report.files()) {
            kinds.put(Path.of(file.file()).getFileName().toString(), file.kind());
        }
        return kinds;
    }

    /** The outcome of the file named {@code name} in the report. */
    static FileOutcome outcome(ImportReport report, String name) {
        return report.files().stream().filter(file -> Path.of(file.file()).getFileName().toString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not in " + report.files()));
    }

    /** The hits of a query as {@code documentId p.PAGE}, best first. */
    static List<String> hits(Corpus corpus, String query) throws Exception {
        List<String> hits = new ArrayList<>();
        for (SearchHit hit : corpus.search(new SearchRequest(query, 100, false, false)).hits()) {
            hits.add(hit.passage().documentId() + " p." + hit.passage().page());
        }
        return hits;
    }

    /** The document ids of the corpus, by file name. */
    static Map<String, String> ids(Corpus corpus) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (DocumentRecord record : corpus.documents()) {
            ids.put(Path.of(record.source()).getFileName().toString(), record.id());
        }
        return ids;
    }
}
