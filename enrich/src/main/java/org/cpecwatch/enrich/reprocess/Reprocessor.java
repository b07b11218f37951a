package org.cpecwatch.enrich.reprocess;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.deadletter.DeadLetterRecords;
import org.cpecwatch.schemas.topic.Topics;

/**
 * Enriches every article of {@code articles.raw} again, from the oldest to the newest there was when it started,
 * so articles stored under old rules get the current ones. It writes them where the live topology's enriched
 * articles go next ({@code destination}: its one-partition topic), so each re-enriched article keeps its story and
 * replaces its reports in the incident register and its counts in the statistics, then reaches the compacted
 * enriched topic and the sink like any other. Runs beside the live topology: both write the same key with rules the
 * analyst chose.
 */
public final class Reprocessor {

    public static final String STAGE = "reprocess";

    private static final Duration POLL = Duration.ofMillis(500);

    /** How far it got; called after every poll. */
    public interface Progress {
        void at(long done, long total);
    }

    public record Outcome(long enriched, long deadLettered) {
    }

    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final Supplier<ArticleEnricher> enricher;
    private final Clock clock;
    private final Deserializer<RawArticle> rawReader;
    /** The destination is the topology's internal topic, single-object in every wire format. */
    private final Serializer<EnrichedArticle> enrichedWriter = Topics.enriched().valueSerde().serializer();
    private final AtomicReference<Exception> sendFailure = new AtomicReference<>();

    private final String destination;

    /** Reading articles.raw in the default wire format, single-object encoding. */
    public Reprocessor(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer,
                       Supplier<ArticleEnricher> enricher, Clock clock, String destination) {
        this(consumer, producer, Topics.raw().valueSerde().deserializer(), enricher, clock, destination);
    }

    public Reprocessor(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer,
                       Deserializer<RawArticle> rawReader, Supplier<ArticleEnricher> enricher, Clock clock,
                       String destination) {
        this.rawReader = rawReader;
        this.destination = destination;
        this.consumer = consumer;
        this.producer = producer;
        this.enricher = enricher;
        this.clock = clock;
    }

    /** Runs until every partition reaches the end it had at the start; throws when a write was not acknowledged. */
    public Outcome run(Progress progress) {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
        long total = partitions.stream().mapToLong(p -> ends.get(p) - starts.get(p)).sum();
        long enriched = 0;
        long deadLettered = 0;
        progress.at(0, total);
        while (!reachedEnd(ends)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue;
                }
                if (reprocess(record)) {
                    enriched++;
                } else {
                    deadLettered++;
                }
            }
            throwIfSendFailed();
            progress.at(Math.min(enriched + deadLettered, total), total);
        }
        producer.flush();
        throwIfSendFailed();
        return new Outcome(enriched, deadLettered);
    }

    /** False when the record went to the dead letters: unreadable, or the enricher failed on it. */
    private boolean reprocess(ConsumerRecord<byte[], byte[]> record) {
        EnrichedArticle article;
        try {
            article = enricher.get().enrich(rawReader.deserialize(record.topic(), record.headers(), record.value()));
        } catch (RuntimeException e) {
            send(DeadLetterRecords.of(STAGE, new DeadLetterRecords.Origin(record.topic(), record.partition(),
                    record.offset(), record.headers()), record.key(), record.value(), e, clock.instant()));
            return false;
        }
        Headers headers = new RecordHeaders();
        byte[] value = enrichedWriter.serialize(destination, headers, article);
        send(new ProducerRecord<>(destination, null, record.key(), value, headers));
        return true;
    }

    private void send(ProducerRecord<byte[], byte[]> record) {
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                sendFailure.compareAndSet(null, error);
            }
        });
    }

    private boolean reachedEnd(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void throwIfSendFailed() {
        Exception failure = sendFailure.get();
        if (failure != null) {
            throw new KafkaException("reprocess stopped: a write to Kafka failed: " + failure.getMessage(), failure);
        }
    }
}
