package org.enlace.corpus;

import org.enlace.corpus.extract.ExtractionLimits;

/**
 * How to import: metadata given by the user (wins over sidecar files and detection), the limits
 * that protect the importer, and how many files to work on at once.
 */
public record ImportOptions(DocumentMetadata metadata, ExtractionLimits limits, int threads) {

    public static ImportOptions defaults() {
        return new ImportOptions(DocumentMetadata.UNKNOWN, ExtractionLimits.DEFAULT,
                Runtime.getRuntime().availableProcessors());
    }

    public ImportOptions withMetadata(DocumentMetadata given) {
        return new ImportOptions(given, limits, threads);
    }

    public ImportOptions withLimits(ExtractionLimits given) {
        return new ImportOptions(metadata, given, threads);
    }

    public ImportOptions withThreads(int given) {
        return new ImportOptions(metadata, limits, Math.max(1, given));
    }
}
