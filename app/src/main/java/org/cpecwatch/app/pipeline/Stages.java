package org.cpecwatch.app.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.EnrichService;
import org.cpecwatch.enrich.errors.DeadLetterListener;
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
import org.cpecwatch.sink.consume.RecordDecoder;
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
        return ingest(kafka, config, clock, listener, StageObserver.NONE);
    }

    public static IngestService ingest(KafkaConnection kafka, IngestConfig config, Clock clock, IngestListener listener,
                                       StageObserver observer) {
        Topic<String, RawArticle> raw = Topics.raw(kafka);
        KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                IngestProducer.settings(kafka, "cpecwatch-ingest"),
                raw.keySerde().serializer(), raw.valueSerde().serializer());
        observer.producer(INGEST, producer);
        return new IngestService(config, producer, raw.name(), clock, listener, new TopicKeys(kafka, raw.name()));
    }

    public static EnrichService enrich(KafkaConnection kafka, Path stateDir, Supplier<ArticleEnricher> enricher) {
        return enrich(kafka, stateDir, enricher, StageObserver.NONE);
    }

    public static EnrichService enrich(KafkaConnection kafka, Path stateDir, Supplier<ArticleEnricher> enricher,
                                       StageObserver observer) {
        Properties config = EnrichStreamsConfig.of(kafka, stateDir);
        config.put(DeadLetterListener.CONFIG, observer.enrichDeadLetters());
        EnrichService service = new EnrichService(config, kafka, enricher);
        observer.streams(service.streams());
        return service;
    }

    public static SinkService sink(KafkaConnection kafka, List<ArticleStore> stores, Clock clock, SinkListener listener) {
        return sink(kafka, stores, clock, listener, StageObserver.NONE);
    }

    public static SinkService sink(KafkaConnection kafka, List<ArticleStore> stores, Clock clock, SinkListener listener,
                                   StageObserver observer) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(SinkConsumerSettings.of(kafka));
        KafkaProducer<byte[], byte[]> deadLetters = new KafkaProducer<>(
                ProducerSettings.durable(kafka, "cpecwatch-sink-dlq"),
                new ByteArraySerializer(), new ByteArraySerializer());
        observer.consumer(SINK, consumer);
        observer.producer(SINK, deadLetters);
        return new SinkService(consumer, deadLetters, stores, RecordDecoder.of(kafka), SinkConsumerSettings.GROUP_ID,
                clock, listener);
    }
}
