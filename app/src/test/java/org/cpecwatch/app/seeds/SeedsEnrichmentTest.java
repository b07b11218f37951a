package org.cpecwatch.app.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.RawArticles;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five seed articles through the chain the pipeline runs: ingest's reader, then the enricher. */
class SeedsEnrichmentTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Map<String, EnrichedArticle> SEEDS = new HashMap<>();

    @BeforeAll
    static void enrichTheSeeds(@TempDir Path inbox) {
        Seeds.copyTo(inbox);
        ArticleEnricher enricher = new ArticleEnricher(Clock.fixed(NOW, ZoneOffset.UTC));
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.DEFAULT_MAX_FILE_BYTES);
        for (String name : Seeds.names()) {
            ReadOutcome.Articles read = assertInstanceOf(ReadOutcome.Articles.class, reader.read(inbox.resolve(name), name));
            assertEquals(1, read.articles().size(), name);
            SEEDS.put(name.substring(0, 3), enricher.enrich(RawArticles.from(read.articles().get(0), read.sizeBytes(), name, NOW)));
        }
    }

    @Test
    void shouldTagEverySeedRelevantWithReasonsThatQuoteTheText() {
        assertEquals(5, SEEDS.size());
        SEEDS.forEach((seed, article) -> {
            assertEquals(RelevanceLabel.RELEVANT, article.getRelevance().getLabel(), seed);
            assertFalse(article.getRelevance().getReasons().isEmpty(), seed);
            article.getRelevance().getReasons().forEach(reason -> reason.getEvidence().forEach(span ->
                    assertEquals(span.getText(), article.getCleanText().substring(span.getStart(), span.getEnd()), seed)));
        });
    }

    @Test
    void shouldDateTheSeedsFromTheirHeaderOrDateline() {
        assertEquals("2022-12-21", SEEDS.get("000").getPublishedDate());
        assertEquals("2022-06-13", SEEDS.get("001").getPublishedDate());
        assertEquals("metadata", SEEDS.get("000").getDateSource(), "from the header line ingest read");
        assertEquals("metadata", SEEDS.get("001").getDateSource(), "from the header line ingest read");
        assertEquals("2024-11-14", SEEDS.get("003").getPublishedDate());
        assertEquals("dateline", SEEDS.get("003").getDateSource());
    }

    @Test
    void shouldDropTheSpamLineAndTheTrailingTeaserBlocks() {
        String clean004 = SEEDS.get("004").getCleanText();
        assertFalse(clean004.contains("symbaloo") || clean004.contains("Escorts"), "spam line of 004");
        assertTrue(clean004.startsWith("China Pushes for Its Security Personnel"), clean004.substring(0, 80));
        assertFalse(clean004.contains("Baloch Martyrs’ Day Observed"), "teaser list of 004");
        assertFalse(clean004.contains("Latest News"), "teaser label of 004");
        String clean003 = SEEDS.get("003").getCleanText();
        assertFalse(clean003.contains("Trinidad Eager to Deepen Ties"), "teaser list of 003");
        assertFalse(clean003.contains("Rising China threat prompts Japan"), "Don't Miss block of 003");
        assertTrue(clean004.contains("attacks on Chinese nationals could severely strain relations"), "the story stays");
        assertTrue(SEEDS.get("004").getRemovedBlocks().values().stream().mapToInt(Integer::intValue).sum() >= 2);
    }

    @Test
    void shouldFindPlacesWithTheirProvinceTheBlaAndThePeople() {
        List<Entity> all = SEEDS.values().stream().flatMap(a -> a.getEntities().stream()).toList();
        assertEquals("Sindh", province(all, "Karachi"));
        assertEquals("Sindh", province(all, "Sindh"));
        assertEquals("Balochistan", province(all, "Balochistan"));
        assertEquals("Balochistan", province(all, "Gwadar"));
        assertTrue(all.stream().anyMatch(e -> e.getType().equals("MILITANT_GROUP")
                && e.getMentions().stream().anyMatch(m -> m.getText().equals("BLA"))), "BLA as a militant group");
        for (String person : List.of("Xi Jinping", "Shehbaz Sharif", "Li Qiang", "Jiang Zaidong")) {
            assertTrue(all.stream().anyMatch(e -> e.getType().equals("PERSON") && e.getName().equals(person)), person);
        }
    }

    private static String province(List<Entity> entities, String place) {
        return entities.stream().filter(e -> e.getName().equals(place) && e.getAttributes().containsKey("province"))
                .map(e -> e.getAttributes().get("province")).findFirst().orElse("not found as a place: " + place);
    }
}
