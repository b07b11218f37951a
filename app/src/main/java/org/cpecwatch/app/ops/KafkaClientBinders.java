package org.cpecwatch.app.ops;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.cpecwatch.app.pipeline.StageObserver;
import org.cpecwatch.enrich.errors.DeadLetterListener;

/**
 * Binds Micrometer's Kafka binders to the clients the stages are built with ({@code kafka_producer_*},
 * {@code kafka_consumer_*}, {@code kafka_stream_*}, tagged with the stage), and counts enrich's dead letters.
 */
final class KafkaClientBinders implements StageObserver, AutoCloseable {

    private final MeterRegistry registry;
    private final List<AutoCloseable> bound = new ArrayList<>();
    private final Counter enrichDeadLetters;

    KafkaClientBinders(MeterRegistry registry) {
        this.registry = registry;
        this.enrichDeadLetters = DeadLetterMeter.counter(registry, "enrich");
    }

    @Override
    public synchronized void producer(String stage, Producer<?, ?> producer) {
        bind(new KafkaClientMetrics(producer, Tags.of("stage", stage)));
    }

    @Override
    public synchronized void consumer(String stage, Consumer<?, ?> consumer) {
        bind(new KafkaClientMetrics(consumer, Tags.of("stage", stage)));
    }

    @Override
    public synchronized void streams(KafkaStreams streams) {
        bind(new KafkaStreamsMetrics(streams, Tags.of("stage", "enrich")));
    }

    @Override
    public DeadLetterListener enrichDeadLetters() {
        return (topic, partition, offset) -> enrichDeadLetters.increment();
    }

    private void bind(KafkaClientMetrics metrics) {
        metrics.bindTo(registry);
        bound.add(metrics);
    }

    private void bind(KafkaStreamsMetrics metrics) {
        metrics.bindTo(registry);
        bound.add(metrics);
    }

    @Override
    public synchronized void close() throws Exception {
        for (AutoCloseable binder : bound) {
            binder.close();
        }
        bound.clear();
    }
}
