package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.cpecwatch.schemas.avro.StoryEntry;
import org.cpecwatch.schemas.serde.AvroSerde;
import org.junit.jupiter.api.Test;

class StoryWindowTest {

    private final KeyValueStore<String, StoryEntry> store = store();

    @Test
    void shouldKeepOnlyTheNewestArticlesAndForgetWhatTheOldestAdded() {
        StoryWindow window = new StoryWindow(store, LshBands.standard(), 3);
        for (int i = 0; i < 5; i++) {
            add(window, fingerprint("a" + i, "w:shared", "w:only" + i));
        }

        assertEquals(3, window.articles());
        assertEquals(3, store.approximateNumEntries(), "the store holds the window, not the history");
        assertEquals(Optional.empty(), window.entry("a0"));
        assertEquals(Optional.empty(), window.entry("a1"));
        assertTrue(window.entry("a4").isPresent());
        assertEquals(3, window.articlesWith(FeatureHashes.hash("w:shared")));
        assertEquals(0, window.articlesWith(FeatureHashes.hash("w:only0")), "an evicted article's features are uncounted");
        assertEquals(1, window.articlesWith(FeatureHashes.hash("w:only4")));
    }

    @Test
    void shouldNeverOfferAnArticleThatLeftTheWindowAsACandidate() {
        StoryWindow window = new StoryWindow(store, LshBands.standard(), 2);
        add(window, fingerprint("old", "w:rare", "w:words"));
        add(window, fingerprint("b", "w:other"));
        add(window, fingerprint("c", "w:more"));

        StoryFacts incoming = StoryFacts.of(fingerprint("new", "w:rare", "w:words"));
        List<KnownArticle> candidates = window.candidates(incoming, new FeatureWeights(window, incoming.features()));

        assertEquals(List.of(), candidates);
    }

    @Test
    void shouldRebuildTheSameIndexFromTheStoreAfterARestart() {
        StoryWindow before = new StoryWindow(store, LshBands.standard(), 3);
        List<StoryFingerprint> seeds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seeds.add(new StoryFingerprinter(MinHash.standard()).of(StoryProcessorHarness.seed(i)));
        }
        seeds.forEach(seed -> add(before, seed));

        StoryWindow restarted = new StoryWindow(store, LshBands.standard(), 3);

        assertEquals(before.articles(), restarted.articles());
        StoryFacts probe = StoryFacts.of(seeds.get(4));
        for (long hash : probe.features().values()) {
            assertEquals(before.articlesWith(hash), restarted.articlesWith(hash));
        }
        assertEquals(ids(before.candidates(probe, new FeatureWeights(before, probe.features()))),
                ids(restarted.candidates(probe, new FeatureWeights(restarted, probe.features()))));
        // The next arrival continues the numbering, so the oldest still leaves first.
        add(restarted, fingerprint("next", "w:next"));
        assertEquals(Optional.empty(), restarted.entry(seeds.get(2).articleId()));
        assertTrue(restarted.entry(seeds.get(3).articleId()).isPresent());
    }

    private static List<String> ids(List<KnownArticle> known) {
        return known.stream().map(k -> k.facts().articleId()).toList();
    }

    private static void add(StoryWindow window, StoryFingerprint fingerprint) {
        StoryFacts facts = StoryFacts.of(fingerprint);
        window.add(facts, new FeatureWeights(window, facts.features()), facts.articleId(), null);
    }

    private static StoryFingerprint fingerprint(String id, String... features) {
        return new StoryFingerprint(id, Optional.empty(), Set.of(features), Optional.empty());
    }

    private static KeyValueStore<String, StoryEntry> store() {
        MockProcessorContext<String, StoryEntry> context = new MockProcessorContext<>();
        KeyValueStore<String, StoryEntry> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("w"),
                Serdes.String(), AvroSerde.forSpecific(StoryEntry.class)).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
