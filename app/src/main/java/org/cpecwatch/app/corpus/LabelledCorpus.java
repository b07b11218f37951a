package org.cpecwatch.app.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpecwatch.enrich.evaluation.Label;
import org.cpecwatch.enrich.evaluation.LabelledArticle;
import org.cpecwatch.enrich.evaluation.LabelsFile;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.RawArticles;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.RawArticle;

/**
 * A folder of {@code <id>.txt} articles with their labels, read the way ingest reads a dropped file, so that training,
 * evaluation and the pipeline see the same raw article. Publication days come from the provenance file when there is
 * one: a plain-text copy has lost the date its JSON carried.
 */
public final class LabelledCorpus {

    /** The articles found, in label order, the labelled ids with no readable file, and the labels file's digest. */
    public record Loaded(List<LabelledArticle> articles, List<String> missing, String labelsSha256) {
    }

    private LabelledCorpus() {
    }

    /** @param sources the provenance file, or null to look for {@code sources.tsv} beside the labels */
    public static Loaded read(Path folder, Path labels, Path sources, Clock clock) throws IOException {
        List<Label> truth = LabelsFile.read(labels);
        Map<String, String> published = publicationDays(labels, sources);
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.DEFAULT_MAX_FILE_BYTES);
        List<LabelledArticle> articles = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Label label : truth) {
            Path file = folder.resolve(label.id() + ".txt");
            if (Files.exists(file) && reader.read(file, file.getFileName().toString()) instanceof ReadOutcome.Articles read) {
                RawArticle raw = RawArticles.from(read.articles().get(0), read.sizeBytes(),
                        file.getFileName().toString(), clock.instant());
                if (published.containsKey(label.id())) {
                    raw.getMetadata().putIfAbsent("date_published", published.get(label.id()));
                }
                articles.add(new LabelledArticle(label, raw));
            } else {
                missing.add(label.id());
            }
        }
        return new Loaded(articles, missing, sha256(labels));
    }

    /** Ids, one a line; blank lines and lines starting with '#' are left out. */
    public static Set<String> ids(Path file) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            throw new IOException(file + " lists no ids");
        }
        return ids;
    }

    private static Map<String, String> publicationDays(Path labels, Path sources) throws IOException {
        Path file = sources != null ? sources : labels.toAbsolutePath().resolveSibling("sources.tsv");
        if (sources == null && !Files.exists(file)) {
            return Map.of();
        }
        return ProvenanceDates.read(file);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
