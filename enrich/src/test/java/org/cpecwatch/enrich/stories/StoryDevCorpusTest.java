package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.cpecwatch.enrich.DevCorpusBacklog;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.junit.jupiter.api.Test;

/**
 * The story groups of the seeds and the dev corpus stay what they are (resources/stories/dev-corpus-stories.txt): a
 * change of how stories are stored or bounded must not change which articles tell one story. Articles go in by
 * publication date, as a backlog would, with the date the source gave (sources.tsv) as metadata. On a difference
 * the groups are printed with their titles for a person to read.
 */
class StoryDevCorpusTest {

    @Test
    void shouldGroupTheSeedsAndTheDevCorpusIntoTheSameStories() throws Exception {
        StoryProcessorHarness harness = new StoryProcessorHarness();
        Map<String, List<String>> stories = new TreeMap<>();
        for (EnrichedArticle article : DevCorpusBacklog.inPublicationOrder()) {
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
        assertEquals(DevCorpusBacklog.expected("/stories/dev-corpus-stories.txt"), groups.stream().sorted().toList(),
                readable.toString());
    }
}
