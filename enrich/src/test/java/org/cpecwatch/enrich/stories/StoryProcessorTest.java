package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.StoryEntry;
import org.junit.jupiter.api.Test;

class StoryProcessorTest {

    private final StoryProcessorHarness harness = new StoryProcessorHarness();

    private List<EnrichedArticle> processSeeds() {
        List<EnrichedArticle> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(harness.process(StoryProcessorHarness.seed(i)));
        }
        return out;
    }

    @Test
    void shouldGiveTheTwoRewritesOfTheReutersStoryOneStoryId() {
        List<EnrichedArticle> out = processSeeds();

        assertEquals(out.get(3).getStoryId(), out.get(4).getStoryId());
        assertEquals(out.get(3).getId(), out.get(4).getStoryId(), "a story's id is its first article's id");
        assertTrue(out.get(4).getStorySimilarity() >= StoryMatcher.REWRITE_SIMILARITY, out.get(4).toString());
    }

    @Test
    void shouldGiveEveryOtherSeedAStoryOfItsOwn() {
        List<EnrichedArticle> out = processSeeds();

        for (int i = 0; i < 3; i++) {
            assertEquals(out.get(i).getId(), out.get(i).getStoryId(), "seed " + i);
            assertNull(out.get(i).getStorySimilarity(), "a story's first article has no similarity");
        }
        assertNotEquals(out.get(2).getStoryId(), out.get(3).getStoryId(), "002 retells the bombing, not the story");
    }

    @Test
    void shouldKeepTheStoryIdWhenAnArticleIsProcessedAgain() {
        List<EnrichedArticle> first = processSeeds();
        KeyValueStore<String, StoryEntry> window = harness.context.getStateStore(StoryStores.WINDOW);
        long before = window.approximateNumEntries();
        StoryEntry firstEntry = window.get(first.get(0).getId());

        List<EnrichedArticle> again = processSeeds();

        for (int i = 0; i < 5; i++) {
            assertEquals(first.get(i).getStoryId(), again.get(i).getStoryId(), "seed " + i);
            assertEquals(first.get(i).getStorySimilarity(), again.get(i).getStorySimilarity(), "seed " + i);
        }
        assertEquals(before, window.approximateNumEntries(), "no duplicate window entries");
        assertEquals(firstEntry, window.get(first.get(0).getId()), "the stored entry is kept as it was");
    }

    @Test
    void shouldJoinAVerbatimCopyUnderAnotherIdToTheStoryWithHighSimilarity() {
        List<EnrichedArticle> out = processSeeds();
        EnrichedArticle copy = EnrichedArticle.newBuilder(StoryProcessorHarness.seed(1)).setId("copy-of-001").build();

        EnrichedArticle result = harness.process(copy);

        assertEquals(out.get(1).getStoryId(), result.getStoryId());
        assertTrue(result.getStorySimilarity() >= 0.9, "similarity " + result.getStorySimilarity());
    }

    @Test
    void shouldForwardEverythingElseOfTheArticleUnchanged() {
        EnrichedArticle seed = StoryProcessorHarness.seed(0);

        EnrichedArticle out = harness.process(seed);

        assertEquals(EnrichedArticle.newBuilder(seed).setStoryId(seed.getId()).build(), out);
    }

    @Test
    void shouldForwardATombstoneAsItCame() {
        Record<String, EnrichedArticle> out = harness.processRecord(new Record<>("gone", null, 0L));

        assertEquals("gone", out.key());
        assertNull(out.value());
    }

    @Test
    void shouldKeepTheStoryIdWhenANewRulesetEnrichesTheArticleDifferently() {
        List<EnrichedArticle> first = processSeeds();
        EnrichedArticle reenriched = EnrichedArticle.newBuilder(StoryProcessorHarness.seed(4))
                .setEntities(List.of()).setCleanText("A different cleaning left little of the text.").build();

        EnrichedArticle again = harness.process(reenriched);

        assertEquals(first.get(4).getStoryId(), again.getStoryId());
    }
}
