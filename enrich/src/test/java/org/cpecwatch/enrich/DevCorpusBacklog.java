package org.cpecwatch.enrich;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.testkit.Seeds;

/**
 * The seeds and the dev corpus enriched and put in publication order, as a backlog would come, with the date the
 * source gave (sources.tsv) as metadata: what the history-dependent steps are checked on.
 */
public final class DevCorpusBacklog {

    private static final Path DEV = Path.of(System.getProperty("dev.corpus", "../../shared/corpus/dev"));
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final ArticleEnricher ENRICHER = new ArticleEnricher(Clock.fixed(NOW, ZoneOffset.UTC));

    private DevCorpusBacklog() {
    }

    public static List<EnrichedArticle> inPublicationOrder() throws IOException {
        assertTrue(Files.isDirectory(DEV.resolve("articles")), "the dev corpus is not at " + DEV.toAbsolutePath()
                + ": it lives in shared/ beside the project");
        Map<String, String> published = publicationDates();
        List<EnrichedArticle> articles = new ArrayList<>();
        for (String name : Seeds.names()) {
            articles.add(enrich(name.substring(0, 3), Seeds.text(name), Map.of()));
        }
        try (var files = Files.list(DEV.resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                String id = file.getFileName().toString().replace(".txt", "");
                String date = published.get(id);
                articles.add(enrich(id, Files.readString(file), date == null ? Map.of() : Map.of("date_published", date)));
            }
        }
        articles.sort(Comparator.comparing((EnrichedArticle a) -> a.getPublishedDate() == null ? "" : a.getPublishedDate())
                .thenComparing(EnrichedArticle::getId));
        return articles;
    }

    public static EnrichedArticle enrich(String id, String text, Map<String, String> metadata) {
        return ENRICHER.enrich(RawArticle.newBuilder().setId(id).setSourceFile(id + ".txt").setIngestedAt(NOW)
                .setSizeBytes(text.length()).setBody(text).setMetadata(metadata).build());
    }

    /** Lines of a golden file under src/test/resources, without comments and blank lines, sorted. */
    public static List<String> expected(String resource) throws IOException {
        try (var in = DevCorpusBacklog.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).sorted().toList();
        }
    }

    private static Map<String, String> publicationDates() throws IOException {
        Map<String, String> dates = new TreeMap<>();
        for (String line : Files.readAllLines(DEV.resolve("sources.tsv"))) {
            String[] columns = line.split("\t");
            String file = columns[3].substring(columns[3].lastIndexOf('/') + 1);
            if (file.matches("\\d{4}-\\d\\d-\\d\\d_.*")) {
                dates.put(columns[0], file.substring(0, 10));
            }
        }
        return dates;
    }
}
