package org.cpecwatch.sink;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.deadletter.DeadLetterRecords;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.serde.AvroSerde;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code articles.enriched} into the database. Offsets are committed only after the batch's transaction, so a
 * crash replays the batch, and the upsert by id makes the replay harmless. While the database is down the sink
 * pauses and retries with growing backoff; nothing is skipped.
 */
public final class SinkService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final String STAGE = "sink";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final Consumer<String, byte[]> consumer;
    private final Producer<byte[], byte[]> deadLetters;
    private final ArticleStore store;
    private final Clock clock;
    private final SinkListener listener;
    private final AvroSerde<EnrichedArticle> serde = ArticleSerdes.enriched();
    private final Thread worker = new Thread(this::consumeUntilClosed, "cpecwatch-sink");
    private volatile boolean running = true;

    public SinkService(Consumer<String, byte[]> consumer, Producer<byte[], byte[]> deadLetters, ArticleStore store,
                       Clock clock, SinkListener listener) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.store = store;
        this.clock = clock;
        this.listener = listener;
    }

    public SinkService start() {
        worker.start();
        return this;
    }

    private void consumeUntilClosed() {
        try {
            consumer.subscribe(List.of(Topics.ENRICHED));
            Duration backoff = FIRST_BACKOFF;
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                if (storeBatch(records)) {
                    backoff = FIRST_BACKOFF;
                } else {
                    rewind(records);
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("sink stopped by an unexpected error", e);
        } finally {
            consumer.close();
        }
    }

    /** Returns false when the database refused the batch and it must be read again. */
    private boolean storeBatch(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        List<EnrichedArticle> articles = new ArrayList<>();
        List<Future<RecordMetadata>> letters = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            next.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
            try {
                EnrichedArticle article = serde.deserialize(record.topic(), record.value());
                if (article != null) {
                    articles.add(article);
                }
            } catch (SerializationException e) {
                letters.add(deadLetter(record, e));
            }
        }
        try {
            store.upsert(articles);
            awaitAll(letters);
        } catch (SQLException e) {
            LOG.warn("database refused a batch of {} articles, will retry: {}", articles.size(), e.getMessage());
            return false;
        } catch (ExecutionException e) {
            LOG.warn("cannot write to the dead-letter topic, will retry: {}", e.getCause().getMessage());
            return false;
        }
        consumer.commitSync(next);
        articles.forEach(listener::stored);
        return true;
    }

    private Future<RecordMetadata> deadLetter(ConsumerRecord<String, byte[]> record, SerializationException error) {
        LOG.warn("unreadable record {}-{}@{} sent to the dead-letter topic: {}",
                record.topic(), record.partition(), record.offset(), error.getMessage());
        listener.deadLettered(record.topic(), record.partition(), record.offset(), error.getMessage());
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        DeadLetterRecords.Origin origin = new DeadLetterRecords.Origin(record.topic(), record.partition(),
                record.offset(), record.headers());
        return deadLetters.send(DeadLetterRecords.of(STAGE, origin, key, record.value(), error, Instant.now(clock)));
    }

    private void rewind(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private static void awaitAll(List<Future<RecordMetadata>> sends) throws InterruptedException, ExecutionException {
        for (Future<RecordMetadata> send : sends) {
            send.get();
        }
    }

    private void sleep(Duration backoff) throws InterruptedException {
        long until = System.nanoTime() + backoff.toNanos();
        while (running && System.nanoTime() < until) {
            Thread.sleep(Math.min(100, backoff.toMillis()));
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            worker.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close(Duration.ofSeconds(5));
    }
}
