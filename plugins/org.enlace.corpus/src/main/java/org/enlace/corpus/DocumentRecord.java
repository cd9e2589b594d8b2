package org.enlace.corpus;

import java.time.Instant;

/**
 * A document of a corpus as the corpus remembers it.
 *
 * @param id stable id in the corpus: a slug of the file name and a short hash of its path
 * @param source absolute path of the file it was imported from
 * @param contentHash SHA-256 of the file's bytes, hex
 * @param bytes size of the file
 * @param metadata title, country, level, issuer, period, language
 * @param pages page count of the extracted text
 * @param passages passage count in the index
 * @param characters length of the extracted text
 * @param imported when it was (last) imported
 */
public record DocumentRecord(String id, String source, String contentHash, long bytes, DocumentMetadata metadata,
        int pages, int passages, int characters, Instant imported) {
}
