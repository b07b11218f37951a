package org.cpecwatch.sink;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
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
 * {@code articles.enriched} into the database, exactly once: each batch's rows and the offsets after it are
 * committed in one database transaction, and on every assignment the consumer seeks to the offsets the database
 * holds, or to the beginning where it holds none (Kafka's committed offsets are only advisory). While the database is down or locked the sink stops
 * reading, backs off and retries the same batch. A record the database refuses is found by bisecting the batch
 * and sent to {@code articles.dlq} with the reason; the rest of the batch is stored.
 */
public final class SinkService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final String STAGE = "sink";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** A consumed record and the article it decoded to, or null when it could not be decoded. */
    private record Item(ConsumerRecord<String, byte[]> record, EnrichedArticle article, boolean deadLettered) {

        Item settled() {
            return article == null ? new Item(record, null, true) : this;
        }
    }

    private enum Outcome { STORED, RETRY }

    private final Consumer<String, byte[]> consumer;
    private final Producer<byte[], byte[]> deadLetters;
    private final ArticleStore store;
    private final String group;
    private final Clock clock;
    private final SinkListener listener;
    private final AvroSerde<EnrichedArticle> serde = ArticleSerdes.enriched();
    private final Thread worker = new Thread(this::consumeUntilClosed, "cpecwatch-sink");
    private volatile boolean running = true;

    public SinkService(Consumer<String, byte[]> consumer, Producer<byte[], byte[]> deadLetters, ArticleStore store,
                       String group, Clock clock, SinkListener listener) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.store = store;
        this.group = group;
        this.clock = clock;
        this.listener = listener;
    }

    public SinkService start() {
        worker.start();
        return this;
    }

    private void consumeUntilClosed() {
        try {
            consumer.subscribe(List.of(Topics.ENRICHED), new SeekToStoredOffsets());
            Duration backoff = FIRST_BACKOFF;
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                if (store(decode(records)) == Outcome.STORED) {
                    backoff = FIRST_BACKOFF;
                } else {
                    rewind(records);
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("sink woken up while running", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("sink stopped by an unexpected error", e);
        } finally {
            consumer.close();
        }
    }

    private List<Item> decode(ConsumerRecords<String, byte[]> records) {
        List<Item> items = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                items.add(new Item(record, serde.deserialize(record.topic(), record.headers(), record.value()), false));
            } catch (SerializationException e) {
                items.add(new Item(record, null, false));
            }
        }
        return items;
    }

    /** Stores the items with their offsets; bisects on a refused row; RETRY when the database is unavailable. */
    private Outcome store(List<Item> items) throws InterruptedException {
        List<EnrichedArticle> articles = new ArrayList<>();
        try {
            List<Future<RecordMetadata>> letters = new ArrayList<>();
            for (Item item : items) {
                if (item.article() != null) {
                    articles.add(item.article());
                } else if (!item.deadLettered()) {
                    letters.add(deadLetter(item.record(), "not a readable EnrichedArticle", null));
                }
            }
            awaitAll(letters);
            store.store(articles, group, nextOffsets(items));
            consumer.commitAsync(toCommit(nextOffsets(items)), null);
            articles.forEach(listener::stored);
            return Outcome.STORED;
        } catch (ExecutionException e) {
            LOG.warn("cannot write to the dead-letter topic, will retry: {}", e.getCause().getMessage());
            return Outcome.RETRY;
        } catch (SQLException e) {
            if (store.dialect().isTransient(e)) {
                LOG.warn("database unavailable for a batch of {} records, will retry: {}", items.size(), e.getMessage());
                return Outcome.RETRY;
            }
            return isolate(items.stream().map(Item::settled).toList(), e);
        }
    }

    private Outcome isolate(List<Item> items, SQLException error) throws InterruptedException {
        if (items.size() == 1) {
            Item refused = items.get(0);
            LOG.warn("database refused article {}: {}", refused.record().key(), error.getMessage());
            try {
                deadLetter(refused.record(), "database refused the row: " + error.getMessage(), error).get();
            } catch (ExecutionException e) {
                return Outcome.RETRY;
            }
            return skip(refused);
        }
        int middle = items.size() / 2;
        Outcome left = store(items.subList(0, middle));
        return left == Outcome.RETRY ? Outcome.RETRY : store(items.subList(middle, items.size()));
    }

    /** Records that a dead-lettered record was consumed, so it is not read again. */
    private Outcome skip(Item refused) throws InterruptedException {
        try {
            store.store(List.of(), group, nextOffsets(List.of(refused)));
            return Outcome.STORED;
        } catch (SQLException e) {
            LOG.warn("cannot record the offset after a dead letter, will retry: {}", e.getMessage());
            return Outcome.RETRY;
        }
    }

    private Future<RecordMetadata> deadLetter(ConsumerRecord<String, byte[]> record, String reason, Exception cause) {
        listener.deadLettered(record.topic(), record.partition(), record.offset(), reason);
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        DeadLetterRecords.Origin origin = new DeadLetterRecords.Origin(record.topic(), record.partition(),
                record.offset(), record.headers());
        Exception error = cause != null ? cause : new SerializationException(reason);
        return deadLetters.send(DeadLetterRecords.of(STAGE, origin, key, record.value(), error, clock.instant()));
    }

    private static Map<TopicPartition, Long> nextOffsets(List<Item> items) {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (Item item : items) {
            next.merge(new TopicPartition(item.record().topic(), item.record().partition()), item.record().offset() + 1,
                    Math::max);
        }
        return next;
    }

    private static Map<TopicPartition, OffsetAndMetadata> toCommit(Map<TopicPartition, Long> next) {
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        next.forEach((partition, offset) -> commit.put(partition, new OffsetAndMetadata(offset)));
        return commit;
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

    /** The database, not Kafka, says where to continue: it holds the offsets committed with the rows. */
    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            try {
                Map<TopicPartition, Long> stored = store.offsets(group, partitions);
                stored.forEach(consumer::seek);
                // A database that never stored from a partition has read nothing of it, whatever Kafka remembers
                // (a new database on an old data folder, say): it starts at the beginning.
                List<TopicPartition> unseen = partitions.stream().filter(p -> !stored.containsKey(p)).toList();
                if (!unseen.isEmpty()) {
                    consumer.seekToBeginning(unseen);
                }
            } catch (SQLException e) {
                // Kafka's committed offsets are never ahead of the database's, so starting there only replays
                // rows the upsert already holds.
                LOG.warn("cannot read stored offsets, continuing from Kafka's committed offsets: {}", e.getMessage());
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing to flush: every stored batch already committed its offsets with its rows.
        }
    }
}
