package org.cpecwatch.enrich.stories;

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
 * Not a test (no *Test suffix, so the build never runs it): prints the story groups of the seeds and the dev corpus
 * for a person to read. Run with -Dtest=StoryDevCorpusReport. Articles go in by publication date, as a backlog
 * would, with the date the source gave (sources.tsv) as metadata.
 */
class StoryDevCorpusReport {

    private static final Path DEV = Path.of(System.getProperty("dev.corpus", "../../shared/corpus/dev"));

    @Test
    void printStoryGroups() throws Exception {
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
        Map<Integer, Integer> sizes = new TreeMap<>();
        stories.forEach((story, members) -> {
            sizes.merge(members.size(), 1, Integer::sum);
            if (members.size() > 1) {
                System.out.println("story " + story + " (" + members.size() + ")");
                members.forEach(m -> System.out.println("    " + m));
            }
        });
        System.out.println(articles.size() + " articles, " + stories.size() + " stories; size -> count " + sizes);
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
