package org.cpecwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cpecwatch.schemas.avro.RawArticle;

/**
 * The articles of a corpus folder as ingest would publish them. Built here rather than through ingest's reader so
 * the benchmark depends on enrich alone; the fields follow ingest's RawArticles.
 */
final class Corpus {

    private Corpus() {
    }

    static List<RawArticle> load(Path folder, Instant ingestedAt) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("corpus folder not found: " + folder.toAbsolutePath()
                    + " (pass the folder of dNNNN.txt files with -p corpus=/path/to/corpus/dev/articles)");
        }
        List<RawArticle> articles;
        try (Stream<Path> files = Files.list(folder)) {
            articles = files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(f -> read(f, ingestedAt))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus folder " + folder.toAbsolutePath(), e);
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("corpus folder holds no .txt files: " + folder.toAbsolutePath());
        }
        return articles;
    }

    private static RawArticle read(Path file, Instant ingestedAt) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            // Same normalisation as ingest, so enrich sees the text it would see in the pipeline.
            String text = Normalizer.normalize(new String(bytes, StandardCharsets.UTF_8)
                    .replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
            return RawArticle.newBuilder()
                    .setId(sha256(text))
                    .setSourceFile(file.getFileName().toString())
                    .setIngestedAt(ingestedAt)
                    .setSizeBytes(bytes.length)
                    .setContentType("text/plain")
                    .setCharset("UTF-8")
                    .setTitle(null)
                    .setBody(text)
                    .setMetadata(Map.of())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file.toAbsolutePath(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
