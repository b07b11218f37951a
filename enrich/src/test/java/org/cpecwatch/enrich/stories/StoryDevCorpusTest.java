package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The story groups of the seeds and the dev corpus stay what they are (resources/stories/dev-corpus-stories.txt): a
 * change of how stories are stored or bounded must not change which articles tell one story. Articles go in by
 * publication date, as a backlog would, with the date the source gave (sources.tsv) as metadata. On a difference
 * the groups are printed with their titles for a person to read.
 */
class StoryDevCorpusTest {

    private static final Path DEV = Path.of(System.getProperty("dev.corpus", "../../shared/corpus/dev"));

    @Test
    void shouldGroupTheSeedsAndTheDevCorpusIntoTheSameStories() throws Exception {
        assertTrue(Files.isDirectory(DEV.resolve("articles")), "the dev corpus is not at " + DEV.toAbsolutePath()
                + ": it lives in shared/ beside the project");
        Map<String, String> published = publicationDates();
        List<EnrichedArticle> articles = new ArrayList<>();
        for (String name : Seeds.names()) {
            articles.add(StoryProcessorHarness.enrich(name.substring(0, 3), Seeds.text(name), Map.of()));
        }
        try (var files = Files.list(DEV.resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                String id = file.getFileName().toString().replace(".txt", "");
                String date = published.get(id);
                articles.add(StoryProcessorHarness.enrich(id, Files.readString(file),
                        date == null ? Map.of() : Map.of("date_published", date)));
            }
        }
        articles.sort(Comparator.comparing((EnrichedArticle a) -> a.getPublishedDate() == null ? "" : a.getPublishedDate())
                .thenComparing(EnrichedArticle::getId));
        StoryProcessorHarness harness = new StoryProcessorHarness();
        Map<String, List<String>> stories = new TreeMap<>();
        for (EnrichedArticle article : articles) {
            EnrichedArticle out = harness.process(article);
            stories.computeIfAbsent(out.getStoryId(), k -> new ArrayList<>()).add(String.format(Locale.ROOT,
                    "%s %s %s %s", out.getId(), out.getPublishedDate(), out.getStorySimilarity() == null ? "-"
                            : String.format(Locale.ROOT, "%.3f", out.getStorySimilarity()), out.getTitle()));
        }
        List<String> groups = new ArrayList<>();
        StringBuilder readable = new StringBuilder();
        stories.forEach((story, members) -> {
            if (members.size() > 1) {
                groups.add(String.join(" ", members.stream().map(m -> m.substring(0, m.indexOf(' '))).toList()));
                readable.append("story ").append(story).append('\n');
                members.forEach(m -> readable.append("    ").append(m).append('\n'));
            }
        });
        List<String> expected;
        try (var in = getClass().getResourceAsStream("/stories/dev-corpus-stories.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).sorted().toList();
        }
        assertEquals(expected, groups.stream().sorted().toList(), readable.toString());
    }

    private static Map<String, String> publicationDates() throws Exception {
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
