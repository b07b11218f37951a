package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.StoreBuilder;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.junit.jupiter.api.Test;

class StoryStoresTest {

    @Test
    void shouldKeepTheStoreNamesThatHoldTheStories() {
        // Renaming a store starts it empty: every article would begin a new story.
        assertEquals(List.of("story-window"), StoryStores.NAMES);
        assertEquals(StoryStores.NAMES, StoryStores.builders().stream().map(StoreBuilder::name).toList());
        assertEquals(StoryStores.NAMES, List.of(StoryStores.names()));
    }

    @Test
    void shouldChangelogTheWindowSoAMovedTaskGetsItsStoriesBack() {
        assertTrue(StoryStores.builders().stream().allMatch(StoreBuilder::loggingEnabled));
    }

    @Test
    void shouldAddTheStoresToATopology() {
        StreamsBuilder builder = new StreamsBuilder();
        StoryStores.addTo(builder);
        builder.<String, EnrichedArticle>stream("articles.enriched")
                .process(StoryProcessor::new, Named.as("stories"), StoryStores.names());

        String description = builder.build().describe().toString();

        StoryStores.NAMES.forEach(name -> assertTrue(description.contains(name), description));
    }
}
