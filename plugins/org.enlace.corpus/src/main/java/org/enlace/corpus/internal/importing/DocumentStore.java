package org.enlace.corpus.internal.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.enlace.corpus.DocumentMetadata;
import org.enlace.corpus.DocumentRecord;
import org.enlace.corpus.extract.Block;
import org.enlace.corpus.extract.BlockKind;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.model.persistence.AtomicFileWriter;

/**
 * The extracted text and metadata of every document of a corpus, kept beside the index in
 * {@code CORPUS/.enlace/documents/}: {@code ID.txt} (the text passages point into) and
 * {@code ID.properties} (record, pages and blocks). The index can always be rebuilt from here
 * without the original files, which may have moved. The properties file is written last, so a
 * document whose import was cut short has no record and is simply imported again.
 */
public final class DocumentStore {

    /** Bumped when the stored form changes; older records are then read as absent and re-imported. */
    static final int FORMAT = 1;

    private final Path folder;
    private final AtomicFileWriter writer = AtomicFileWriter.withoutBackup();

    public DocumentStore(Path folder) {
        this.folder = folder;
    }

    public record Stored(DocumentRecord record, ExtractedDocument document) {
    }

    public List<DocumentRecord> records() throws IOException {
        List<DocumentRecord> records = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return records;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.properties")) {
            for (Path file : files) {
                read(file).ifPresent(records::add);
            }
        }
        records.sort(Comparator.comparing(DocumentRecord::id));
        return records;
    }

    public Optional<DocumentRecord> record(String id) throws IOException {
        return read(folder.resolve(id + ".properties"));
    }

    public Optional<Stored> load(String id) throws IOException {
        Path propertiesFile = folder.resolve(id + ".properties");
        Path textFile = folder.resolve(id + ".txt");
        Optional<DocumentRecord> record = read(propertiesFile);
        if (record.isEmpty() || !Files.isRegularFile(textFile)) {
            return Optional.empty();
        }
        Properties properties = properties(propertiesFile);
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        try {
            ExtractedDocument document = new ExtractedDocument(text, pages(properties.getProperty("pageStarts", "0")),
                    blocks(properties.getProperty("blocks", "")), Map.of());
            return Optional.of(new Stored(record.get(), document));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void save(DocumentRecord record, ExtractedDocument document) throws IOException {
        Files.createDirectories(folder);
        writer.write(folder.resolve(record.id() + ".txt"), document.text().getBytes(StandardCharsets.UTF_8));
        Properties properties = new Properties();
        properties.setProperty("format", String.valueOf(FORMAT));
        properties.setProperty("id", record.id());
        properties.setProperty("source", record.source());
        properties.setProperty("contentHash", record.contentHash());
        properties.setProperty("bytes", String.valueOf(record.bytes()));
        properties.setProperty("pages", String.valueOf(record.pages()));
        properties.setProperty("passages", String.valueOf(record.passages()));
        properties.setProperty("characters", String.valueOf(record.characters()));
        properties.setProperty("imported", record.imported().toString());
        DocumentMetadata metadata = record.metadata();
        properties.setProperty("title", metadata.title());
        properties.setProperty("country", metadata.country());
        properties.setProperty("level", metadata.level());
        properties.setProperty("issuer", metadata.issuer());
        properties.setProperty("startYear", String.valueOf(metadata.startYear()));
        properties.setProperty("endYear", String.valueOf(metadata.endYear()));
        properties.setProperty("lang", metadata.language());
        properties.setProperty("pageStarts", encodePages(document.pageStarts()));
        properties.setProperty("blocks", encodeBlocks(document.blocks()));
        StringWriter text = new StringWriter();
        properties.store(text, null);
        writer.write(folder.resolve(record.id() + ".properties"), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public void delete(String id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + ".properties"));
        Files.deleteIfExists(folder.resolve(id + ".txt"));
    }

    private Optional<DocumentRecord> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = properties(file);
        try {
            if (Integer.parseInt(p.getProperty("format", "0")) != FORMAT) {
                return Optional.empty();
            }
            DocumentMetadata metadata = new DocumentMetadata(p.getProperty("title"), p.getProperty("country"),
                    p.getProperty("level"), p.getProperty("issuer"), Integer.parseInt(p.getProperty("startYear")),
                    Integer.parseInt(p.getProperty("endYear")), p.getProperty("lang"));
            return Optional.of(new DocumentRecord(p.getProperty("id"), p.getProperty("source"),
                    p.getProperty("contentHash"), Long.parseLong(p.getProperty("bytes")), metadata,
                    Integer.parseInt(p.getProperty("pages")), Integer.parseInt(p.getProperty("passages")),
                    Integer.parseInt(p.getProperty("characters")), Instant.parse(p.getProperty("imported"))));
        } catch (RuntimeException e) {
            // A damaged record is treated as missing: the document is imported again.
            return Optional.empty();
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String encodePages(int[] pageStarts) {
        StringBuilder text = new StringBuilder();
        for (int start : pageStarts) {
            text.append(text.isEmpty() ? "" : ",").append(start);
        }
        return text.toString();
    }

    private static int[] pages(String text) {
        String[] parts = text.split(",");
        int[] starts = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            starts[i] = Integer.parseInt(parts[i].strip());
        }
        return starts;
    }

    /** {@code H2:10-50 P:52-300}: kind (and heading level), start, end. */
    private static String encodeBlocks(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            text.append(text.isEmpty() ? "" : " ")
                    .append(block.kind() == BlockKind.HEADING ? "H" + block.level() : "P")
                    .append(':').append(block.start()).append('-').append(block.end());
        }
        return text.toString();
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text.isBlank()) {
            return blocks;
        }
        for (String part : text.strip().split(" ")) {
            int colon = part.indexOf(':');
            int dash = part.indexOf('-', colon);
            int start = Integer.parseInt(part.substring(colon + 1, dash));
            int end = Integer.parseInt(part.substring(dash + 1));
            blocks.add(part.charAt(0) == 'H'
                    ? Block.heading(Integer.parseInt(part.substring(1, colon)), start, end)
                    : Block.paragraph(start, end));
        }
        return blocks;
    }
}
