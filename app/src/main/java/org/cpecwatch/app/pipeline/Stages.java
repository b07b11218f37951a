package org.cpecwatch.app.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.EnrichService;
import org.cpecwatch.enrich.topology.EnrichStreamsConfig;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.IngestListener;
import org.cpecwatch.ingest.IngestProducer;
import org.cpecwatch.ingest.IngestService;
import org.cpecwatch.ingest.TopicKeys;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.SinkListener;
import org.cpecwatch.sink.SinkService;
import org.cpecwatch.sink.consume.SinkConsumerSettings;
import org.cpecwatch.sink.store.ArticleStore;

/** Builds each stage with its Kafka clients; {@code run} starts all three, the stage commands one each. */
public final class Stages {

    public static final String INGEST = "ingest";
    public static final String ENRICH = "enrich";
    public static final String SINK = "sink";
    public static final List<String> NAMES = List.of(INGEST, ENRICH, SINK);

    private Stages() {
    }

    public static IngestService ingest(KafkaConnection kafka, IngestConfig config, Clock clock, IngestListener listener) {
        Topic<String, RawArticle> raw = Topics.raw();
        KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                IngestProducer.settings(kafka, "cpecwatch-ingest"),
                raw.keySerde().serializer(), raw.valueSerde().serializer());
        return new IngestService(config, producer, raw.name(), clock, listener, new TopicKeys(kafka, raw.name()));
    }

    public static EnrichService enrich(KafkaConnection kafka, Path stateDir, Supplier<ArticleEnricher> enricher) {
        return new EnrichService(EnrichStreamsConfig.of(kafka, stateDir), enricher);
    }

    public static SinkService sink(KafkaConnection kafka, List<ArticleStore> stores, Clock clock, SinkListener listener) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(SinkConsumerSettings.of(kafka));
        KafkaProducer<byte[], byte[]> deadLetters = new KafkaProducer<>(
                ProducerSettings.durable(kafka, "cpecwatch-sink-dlq"),
                new ByteArraySerializer(), new ByteArraySerializer());
        return new SinkService(consumer, deadLetters, stores, SinkConsumerSettings.GROUP_ID, clock, listener);
    }
}
