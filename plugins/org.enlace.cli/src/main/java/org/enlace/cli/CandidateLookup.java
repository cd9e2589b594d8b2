package org.enlace.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.enlace.corpus.Corpus;
import org.enlace.corpus.DocumentRecord;
import org.enlace.corpus.search.IndexedPassage;
import org.enlace.model.commands.CandidateEvidence;

/** Turns a candidate id ({@code DOCUMENT#N}, as search and candidates print it) into evidence for the model. */
final class CandidateLookup {

    private CandidateLookup() {
    }

    /** @throws CandidateException naming the id and what to do when the corpus does not hold it */
    static CandidateEvidence evidence(Path corpusFolder, String candidateId, String foundBy)
            throws IOException, CandidateException {
        try (Corpus corpus = Corpus.open(corpusFolder, false)) {
            IndexedPassage passage = corpus.passage(candidateId)
                    .orElseThrow(() -> new CandidateException(CliText.get("review.noCandidate", candidateId,
                            corpusFolder)));
            DocumentRecord document = corpus.document(passage.documentId())
                    .orElseThrow(() -> new CandidateException(CliText.get("review.noCandidate", candidateId,
                            corpusFolder)));
            return new CandidateEvidence(document.metadata().title(), document.source(), document.contentHash(),
                    document.metadata().language(), document.pages(), passage.page(), passage.start(), passage.end(),
                    passage.text(), foundBy == null ? "" : foundBy);
        }
    }

    /** A candidate id that names nothing in the corpus. */
    static final class CandidateException extends Exception {
        private static final long serialVersionUID = 1L;

        CandidateException(String message) {
            super(message);
        }
    }
}
