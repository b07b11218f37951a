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
import org.cpecwatch.schemas.serde.AvroSerde;

/**
 * The story stage's one persistent, changelogged store: the window's entries, from which the in-memory index is
 * rebuilt. Its name is part of the application's state: renaming it starts it empty, and every article would start a
 * story of its own again.
 */
public final class StoryStores {

    /** Article id to {@link StoryEntry}: the story each article of the window joined and what it is compared on. */
    public static final String WINDOW = "story-window";

    public static final List<String> NAMES = List.of(WINDOW);

    private StoryStores() {
    }

    /** A persistent (RocksDB) store, changelogged so that a restarted or moved task gets its stories back. */
    public static List<StoreBuilder<? extends KeyValueStore<String, ?>>> builders() {
        return builders(Stores::persistentKeyValueStore);
    }

    /** The same store over another bytes store: tests use {@code Stores::inMemoryKeyValueStore}. */
    public static List<StoreBuilder<? extends KeyValueStore<String, ?>>> builders(
            Function<String, KeyValueBytesStoreSupplier> bytesStore) {
        return List.of(Stores.keyValueStoreBuilder(bytesStore.apply(WINDOW), Serdes.String(),
                AvroSerde.forSpecific(StoryEntry.class)));
    }

    /** Adds the store; connect it with {@code process(StoryProcessor::new, ..., StoryStores.names())}. */
    public static void addTo(StreamsBuilder builder) {
        builders().forEach(builder::addStateStore);
    }

    /** A new array each time, for the varargs of {@code KStream#process}. */
    public static String[] names() {
        return NAMES.toArray(String[]::new);
    }
}
