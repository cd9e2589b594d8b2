package org.enlace.corpus.extract;

/** What a block of extracted text is: a heading gives context to the paragraphs below it. */
public enum BlockKind {
    HEADING,
    PARAGRAPH
}
