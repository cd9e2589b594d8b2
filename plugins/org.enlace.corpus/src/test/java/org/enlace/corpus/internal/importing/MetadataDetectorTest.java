package org.enlace.corpus.internal.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.enlace.corpus.DocumentMetadata;
import org.enlace.corpus.extract.Block;
import org.enlace.corpus.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

class MetadataDetectorTest {

    private final MetadataDetector detector = new MetadataDetector();

    private static ExtractedDocument text(String heading, String body, Map<String, String> properties) {
        String text = heading + "\n\n" + body;
        return new ExtractedDocument(text, new int[] {0},
                List.of(Block.heading(1, 0, heading.length()), Block.paragraph(heading.length() + 2, text.length())),
                properties);
    }

    @Test
    void folderAndFileNamesGiveCountryLevelAndPeriod() {
        ExtractedDocument document = text("PROYECTO DE ACUERDO", "El concejo municipal de la ciudad adopta el plan y "
                + "la población migrante será atendida por la administración en el territorio.", Map.of());
        DocumentMetadata metadata = detector.detect(
                Path.of("/corpus/colombia-zipaquira-pdm-2024-2028/plan-de-desarrollo-zipaquira-2024-2028.pdf"),
                document);
        assertEquals(new DocumentMetadata("PROYECTO DE ACUERDO", "COL", "subnational", "", 2024, 2028, "es"), metadata);
    }

    @Test
    void theFilesOwnTitleWinsUnlessItIsAWordProcessorPlaceholder() {
        ExtractedDocument titled = text("Heading", "Text of the plan and the migrants of the country.",
                Map.of("title", "Plan Nacional de Desarrollo 2022-2026"));
        assertEquals("Plan Nacional de Desarrollo 2022-2026", detector.detect(Path.of("/c/x.pdf"), titled).title());
        ExtractedDocument placeholder = text("Plan de Desarrollo Municipal", "Text.",
                Map.of("title", "Microsoft Word - borrador.docx"));
        assertEquals("Plan de Desarrollo Municipal", detector.detect(Path.of("/c/x.pdf"), placeholder).title());
    }

    @Test
    void aCountryNamedOftenInTheTextIsTaken() {
        ExtractedDocument document = text("Plan", "Guatemala avanza. El desarrollo de Guatemala y la niñez "
                + "guatemalteca; con México como vecino, Guatemala coopera.", Map.of());
        assertEquals("GTM", detector.detect(Path.of("/c/borrador.docx"), document).country());
        ExtractedDocument balanced = text("Plan", "Guatemala y México, México y Guatemala, Guatemala y México.",
                Map.of());
        assertEquals("", detector.detect(Path.of("/c/b.docx"), balanced).country());
    }

    @Test
    void theLongestNameWins() {
        ExtractedDocument document = text("Plan", "Texto.", Map.of());
        assertEquals("MEX", detector.detect(Path.of("/c/estados-unidos-mexicanos/plan.pdf"), document).country());
        assertEquals("USA", detector.detect(Path.of("/c/estados-unidos/plan.pdf"), document).country());
    }

    @Test
    void nothingIsGuessedWithoutClues() {
        ExtractedDocument document = text("CONSIDERANDO", "Datos 2020.", Map.of());
        DocumentMetadata metadata = detector.detect(Path.of("/c/informe_anual-final.pdf"), document);
        assertEquals(new DocumentMetadata("informe anual final", "", "", "", 0, 0, ""), metadata);
    }
}
