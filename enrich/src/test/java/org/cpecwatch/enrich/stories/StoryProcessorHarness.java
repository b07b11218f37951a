package org.cpecwatch.enrich.stories;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.testkit.Seeds;

/** A {@link StoryProcessor} on a mock context with its real stores in memory, serdes included. */
final class StoryProcessorHarness {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final ArticleEnricher ENRICHER = new ArticleEnricher(Clock.fixed(NOW, ZoneOffset.UTC));

    final MockProcessorContext<String, EnrichedArticle> context = new MockProcessorContext<>();
    private final StoryProcessor processor = new StoryProcessor();

    StoryProcessorHarness() {
        for (var builder : StoryStores.builders(Stores::inMemoryKeyValueStore)) {
            KeyValueStore<String, ?> store = builder.withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        processor.init(context);
    }

    /** The one article the processor forwarded for this input. */
    EnrichedArticle process(EnrichedArticle article) {
        return processRecord(new Record<>(article.getId(), article, 0L)).value();
    }

    Record<String, EnrichedArticle> processRecord(Record<String, EnrichedArticle> record) {
        context.resetForwards();
        processor.process(record);
        if (context.forwarded().size() != 1) {
            throw new AssertionError("expected one forward, got " + context.forwarded());
        }
        @SuppressWarnings("unchecked")
        Record<String, EnrichedArticle> forwarded = (Record<String, EnrichedArticle>) context.forwarded().get(0).record();
        return forwarded;
    }

    /** Seed {@code index} (0 to 4) enriched, its id the file name without extension. */
    static EnrichedArticle seed(int index) {
        String name = Seeds.names().get(index);
        return enrich(name.substring(0, name.lastIndexOf('.')), Seeds.text(name), Map.of());
    }

    static EnrichedArticle enrich(String id, String text, Map<String, String> metadata) {
        return ENRICHER.enrich(RawArticle.newBuilder().setId(id).setSourceFile(id + ".txt").setIngestedAt(NOW)
                .setSizeBytes(text.length()).setBody(text).setMetadata(metadata).build());
    }
}
