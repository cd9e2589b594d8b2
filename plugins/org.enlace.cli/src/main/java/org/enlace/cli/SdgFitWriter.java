package org.enlace.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.enlace.corpus.detect.sdg.SdgFitting;
import org.enlace.corpus.detect.sdg.SdgVocabulary;
import org.enlace.model.persistence.AtomicFileWriter;

/**
 * Writes a fitted SDG vocabulary and its parameters into a folder, in the formats of the shipped
 * resources, each file saying in its header where it came from.
 */
final class SdgFitWriter {

    static final String VOCABULARY = "sdg-vocabulary.txt";
    static final String PARAMETERS = "sdg-parameters.properties";

    private final Path folder;
    private final Path labels;
    private final int rows;
    private final Double crossValidated;

    private final String labelsSha256;

    SdgFitWriter(Path folder, Path labels, String labelsSha256, int rows, Double crossValidated) {
        this.folder = folder;
        this.labels = labels;
        this.labelsSha256 = labelsSha256;
        this.rows = rows;
        this.crossValidated = crossValidated;
    }

    void write(SdgFitting.Fitted fitted) throws IOException {
        Files.createDirectories(folder);
        StringWriter vocabulary = new StringWriter();
        fitted.vocabulary().write(vocabulary, header("SdgVocabulary: each goal's learned stems (English analyzer)"));
        StringWriter parameters = new StringWriter();
        fitted.parameters().write(parameters, header("SdgParameters: score = clauseWeight * log2(1 + clauses)"
                + " + similarityWeight * catalogue similarity + vocabularyWeight * vocabulary similarity"));
        AtomicFileWriter writer = AtomicFileWriter.withoutBackup();
        writer.write(folder.resolve(VOCABULARY), vocabulary.toString().getBytes(StandardCharsets.UTF_8));
        writer.write(folder.resolve(PARAMETERS), parameters.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<String> header(String what) {
        List<String> header = new ArrayList<>();
        header.add(what);
        header.add("Fitted " + LocalDate.now() + " by `enlace eval sdg --fit` on " + labels.getFileName() + " ("
                + rows + " rows), fold order seed " + EvalSdgCommand.SEED + ".");
        header.add(SdgVocabulary.TRAINED_ON + labelsSha256);
        if (crossValidated != null) {
            header.add(String.format(Locale.ROOT, "%d-fold cross-validated accuracy of this procedure: %.3f",
                    SdgFitting.FOLDS, crossValidated));
        }
        return header;
    }
}
