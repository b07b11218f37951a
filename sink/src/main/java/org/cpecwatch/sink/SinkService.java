package org.cpecwatch.sink;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.cpecwatch.schemas.health.Readiness;
import org.cpecwatch.schemas.health.WorkerHeartbeat;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.consume.BatchResult;
import org.cpecwatch.sink.consume.BatchWriter;
import org.cpecwatch.sink.consume.Item;
import org.cpecwatch.sink.consume.RecordDecoder;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.sink.store.IncidentChange;
import org.cpecwatch.sink.store.ProvinceWeekChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code articles.enriched}, {@code incidents} and {@code stats.province-weekly} into the database, exactly once: one
 * consumer reads the three topics, and each batch's rows and the offsets after it, whichever topic they came from,
 * are committed in one database
 * transaction, and on every assignment the consumer seeks to the offsets the database holds, or to the beginning
 * where it holds none (Kafka's committed offsets are only advisory). While the database is down or locked the sink
 * stops reading, backs off and retries the same records.
 *
 * <p>With several stores (one connection each), each partition's records of a poll are written in parallel, in
 * their own transactions: a server database uses more than one core, and partitions never share an article. Articles,
 * incidents and weekly counts share no row that could make one wait for another: an incident's reports name article
 * ids without a foreign key, and the counts name nothing, so any topic may run ahead.
 */
public final class SinkService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final Consumer<String, byte[]> consumer;
    private final Producer<byte[], byte[]> deadLetters;
    private final List<ArticleStore> stores;
    private final String group;
    private final SinkListener listener;
    private final BatchWriter writer;
    private final ExecutorService parallel;
    private final RecordDecoder decoder;
    private final Thread worker = new Thread(this::consumeUntilClosed, "cpecwatch-sink");
    private final WorkerHeartbeat heartbeat;
    private final DatabaseCheck database;
    /** What this consumer last told Kafka per partition; only the worker thread touches it. */
    private final Map<TopicPartition, Long> toldKafka = new HashMap<>();
    private volatile boolean running = true;

    public SinkService(Consumer<String, byte[]> consumer, Producer<byte[], byte[]> deadLetters, ArticleStore store,
                       String group, Clock clock, SinkListener listener) {
        this(consumer, deadLetters, List.of(store), group, clock, listener);
    }

    public SinkService(Consumer<String, byte[]> consumer, Producer<byte[], byte[]> deadLetters, List<ArticleStore> stores,
                       String group, Clock clock, SinkListener listener) {
        this(consumer, deadLetters, stores, new RecordDecoder(), group, clock, listener);
    }

    /** With the decoder of the wire format the topics are written in. */
    public SinkService(Consumer<String, byte[]> consumer, Producer<byte[], byte[]> deadLetters, List<ArticleStore> stores,
                       RecordDecoder decoder, String group, Clock clock, SinkListener listener) {
        if (stores.isEmpty()) {
            throw new IllegalArgumentException("the sink needs at least one store");
        }
        this.consumer = consumer;
        this.decoder = decoder;
        this.deadLetters = deadLetters;
        this.stores = List.copyOf(stores);
        this.group = group;
        this.listener = listener;
        this.writer = new BatchWriter(deadLetters, group, clock, listener);
        this.heartbeat = new WorkerHeartbeat(clock);
        this.database = new DatabaseCheck(clock);
        this.parallel = stores.size() > 1 ? Executors.newFixedThreadPool(stores.size(), r -> {
            Thread t = new Thread(r, "cpecwatch-sink-writer");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    public SinkService start() {
        worker.start();
        return this;
    }

    private void consumeUntilClosed() {
        try {
            consumer.subscribe(List.of(Topics.ENRICHED, Topics.INCIDENTS, Topics.PROVINCE_WEEKS),
                    new SeekToStoredOffsets());
            Duration backoff = FIRST_BACKOFF;
            while (running) {
                heartbeat.beat();
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    commitPositionsPastMarkers();
                    database.probeIfDue(stores.get(0));
                    continue;
                }
                try {
                    backoff = handle(records, backoff);
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // A bug in one batch must not end the sink: read the batch again after a pause.
                    LOG.error("unexpected error on a batch of {} records, will retry", records.count(), e);
                    records.partitions().forEach(p -> consumer.seek(p, records.records(p).get(0).offset()));
                    sleep(backoff);
                    backoff = longer(backoff);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("sink woken up while running", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            // An Error too: the thread ends either way, and the host must hear that the sink is no longer ready.
            LOG.error("sink stopped by an unexpected error, the sink is no longer ready", e);
        } finally {
            heartbeat.end();
            consumer.close();
        }
    }

    /** Writes one poll's records; returns the backoff for the next failure. */
    private Duration handle(ConsumerRecords<String, byte[]> records, Duration backoff) throws InterruptedException {
        boolean retry = false;
        boolean stored = false;
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        for (Written written : write(records)) {
            if (written.result().retry()) {
                retry = true;
                written.partitions().forEach(p -> consumer.seek(p, records.records(p).get(0).offset()));
            } else {
                stored = true;
                written.result().nextOffsets().forEach((p, o) -> commit.put(p, new OffsetAndMetadata(o)));
                written.result().stored().forEach(listener::stored);
                written.result().incidents().forEach(this::tellIncident);
                written.result().weeks().forEach(this::tellWeek);
            }
        }
        if (!commit.isEmpty()) {
            // Kafka is told the consumer's position, which is past a transaction's commit marker after the last
            // record (the database keeps the record's next offset): a caught-up sink then shows no lag. Only
            // markers and aborted records lie between the two, never a record to store.
            commit.replaceAll((p, o) -> new OffsetAndMetadata(Math.max(o.offset(), consumer.position(p))));
            tellKafka(commit);
        }
        if (stored) {
            database.written();
        }
        if (retry) {
            database.batchRetried();
            // The dead-letter topic may be what failed: the database itself says whether it is the outage.
            database.probe(stores.get(0));
            sleep(backoff);
            return longer(backoff);
        }
        database.batchWritten();
        return FIRST_BACKOFF;
    }

    /**
     * On a multi-broker cluster a transaction's records can be read before its commit marker: the batch that stored
     * them left the position before the marker, and the marker arrives with an empty poll. Telling Kafka the position
     * then is what makes a caught-up sink show no lag. Safe without a database write: every record before the
     * position is stored (a retried batch seeks back), so only markers and aborted records lie between.
     */
    private void commitPositionsPastMarkers() {
        Map<TopicPartition, OffsetAndMetadata> ahead = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            long position;
            try {
                // Without waiting: a position still being looked up is told on a later empty poll.
                position = consumer.position(partition, Duration.ZERO);
            } catch (TimeoutException e) {
                continue;
            }
            Long told = toldKafka.get(partition);
            if (told == null || position > told) {
                ahead.put(partition, new OffsetAndMetadata(position));
            }
        }
        if (!ahead.isEmpty()) {
            tellKafka(ahead);
        }
    }

    private void tellKafka(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((p, o) -> toldKafka.put(p, o.offset()));
        consumer.commitAsync(offsets, (committed, error) -> {
            if (error != null) {
                // Callbacks run on this thread, inside a later poll: forget them, so the next empty poll tries again.
                LOG.debug("committing offsets to Kafka failed: {}", error.toString());
                offsets.forEach((p, o) -> toldKafka.remove(p, o.offset()));
            }
        });
    }

    private static Duration longer(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }

    /** The partitions one transaction covered and what it achieved. */
    private record Written(List<TopicPartition> partitions, BatchResult result) {
    }

    /** With one store, one transaction covers the whole poll; with several, one per partition, in parallel. */
    private List<Written> write(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        List<TopicPartition> partitions = new ArrayList<>(records.partitions());
        if (parallel == null) {
            List<Item> all = partitions.stream().flatMap(p -> decode(records.records(p)).stream()).toList();
            return List.of(new Written(partitions, writer.write(stores.get(0), all)));
        }
        List<Future<BatchResult>> pending = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            // The incidents and weekly partitions share a store with an articles partition; it takes one at a time.
            ArticleStore store = stores.get(partition.partition() % stores.size());
            List<Item> items = decode(records.records(partition));
            pending.add(parallel.submit(() -> writer.write(store, items)));
        }
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < partitions.size(); i++) {
            BatchResult result;
            try {
                result = pending.get(i).get();
            } catch (ExecutionException failed) {
                LOG.error("writing partition {} failed, will retry", partitions.get(i), failed.getCause());
                result = BatchResult.retryLater();
            }
            written.add(new Written(List.of(partitions.get(i)), result));
        }
        return written;
    }

    private List<Item> decode(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(decoder::decode).toList();
    }

    private void tellIncident(IncidentChange change) {
        if (change.isRemoval()) {
            listener.incidentRemoved(change.id());
        } else {
            listener.incidentStored(change.incident());
        }
    }

    private void tellWeek(ProvinceWeekChange change) {
        if (change.isRemoval()) {
            listener.provinceWeekRemoved(change.key());
        } else {
            listener.provinceWeekStored(change.week());
        }
    }

    private void sleep(Duration backoff) throws InterruptedException {
        long until = System.nanoTime() + backoff.toNanos();
        while (running && System.nanoTime() < until) {
            // Backing off from a database outage is the loop at work, not a loop that stopped.
            heartbeat.beat();
            database.probeIfDue(stores.get(0));
            Thread.sleep(Math.min(100, backoff.toMillis()));
        }
    }

    /**
     * Ready while the consuming loop turns and the database answers: a sink backing off from a database outage is
     * alive but not ready. Never ready again once its thread has ended.
     */
    public Readiness readiness() {
        return () -> heartbeat.isReady() && database.isReady();
    }

    /** Alive while the consuming loop turns, backoffs included; never again once its thread has ended. */
    public Readiness liveness() {
        return heartbeat;
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
        if (parallel != null) {
            parallel.shutdownNow();
        }
        deadLetters.close(Duration.ofSeconds(5));
    }

    /** The database, not Kafka, says where to continue: it holds the offsets committed with the rows. */
    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            try {
                Map<TopicPartition, Long> stored = stores.get(0).offsets(group, partitions);
                stored.forEach(consumer::seek);
                // A database that never stored from a partition has read nothing of it, whatever Kafka remembers
                // (a new database on an old data folder, say): it starts at the beginning.
                List<TopicPartition> unseen = partitions.stream().filter(p -> !stored.containsKey(p)).toList();
                if (!unseen.isEmpty()) {
                    consumer.seekToBeginning(unseen);
                }
            } catch (java.sql.SQLException e) {
                // Kafka's committed offsets can be ahead of the database's, but only by transaction markers and
                // aborted records (the sink tells Kafka its position past them), never by a record it did not store:
                // starting there skips nothing to store, and may replay rows the upsert already holds.
                LOG.warn("cannot read stored offsets, continuing from Kafka's committed offsets: {}", e.getMessage());
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing to flush: every stored batch already committed its offsets with its rows.
            partitions.forEach(toldKafka::remove);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(toldKafka::remove);
        }
    }
}
