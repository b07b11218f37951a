package org.cpecwatch.enrich.stories;

import java.util.List;
import java.util.function.Function;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.cpecwatch.schemas.avro.StoryEntry;
import org.cpecwatch.schemas.avro.StoryPostings;
import org.cpecwatch.schemas.serde.AvroSerde;

/**
 * The three persistent, changelogged stores of the story stage. Their names are part of the application's state:
 * renaming one starts it empty, and every article would start a story of its own again.
 */
public final class StoryStores {

    /** Article id to {@link StoryEntry}: the story each article joined and what it is compared on. */
    public static final String ARTICLES = "story-articles";
    /** LSH band bucket to the articles whose signature fell into it. */
    public static final String LSH_BUCKETS = "story-lsh-buckets";
    /** Feature (word, entity, incident, date) to its document frequency and most recent articles. */
    public static final String FEATURES = "story-features";

    public static final List<String> NAMES = List.of(ARTICLES, LSH_BUCKETS, FEATURES);

    private StoryStores() {
    }

    /** Persistent (RocksDB) stores, changelogged so that a restarted or moved task gets its stories back. */
    public static List<StoreBuilder<? extends KeyValueStore<String, ?>>> builders() {
        return builders(Stores::persistentKeyValueStore);
    }

    /** The same stores over other bytes stores: tests use {@code Stores::inMemoryKeyValueStore}. */
    public static List<StoreBuilder<? extends KeyValueStore<String, ?>>> builders(
            Function<String, KeyValueBytesStoreSupplier> bytesStore) {
        return List.of(
                Stores.keyValueStoreBuilder(bytesStore.apply(ARTICLES), Serdes.String(),
                        AvroSerde.forSpecific(StoryEntry.class)),
                Stores.keyValueStoreBuilder(bytesStore.apply(LSH_BUCKETS), Serdes.String(),
                        AvroSerde.forSpecific(StoryPostings.class)),
                Stores.keyValueStoreBuilder(bytesStore.apply(FEATURES), Serdes.String(),
                        AvroSerde.forSpecific(StoryPostings.class)));
    }

    /** Adds the stores; connect them with {@code process(StoryProcessor::new, ..., StoryStores.names())}. */
    public static void addTo(StreamsBuilder builder) {
        builders().forEach(builder::addStateStore);
    }

    /** A new array each time, for the varargs of {@code KStream#process}. */
    public static String[] names() {
        return NAMES.toArray(String[]::new);
    }
}
