package org.cpecwatch.sink.consume;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.deadletter.DeadLetterRecords;
import org.cpecwatch.sink.SinkListener;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.sink.store.IncidentChange;
import org.cpecwatch.sink.store.ProvinceWeekChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes consumed items into one store: rows and offsets in one transaction. Undecodable records and rows the
 * database refuses (found by bisecting the batch) go to the dead-letter topic before their offsets are committed.
 * An unavailable database yields a retry, never a dead letter.
 */
public final class BatchWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
    private static final String STAGE = "sink";

    private final Producer<byte[], byte[]> deadLetters;
    private final String group;
    private final Clock clock;
    private final SinkListener listener;

    public BatchWriter(Producer<byte[], byte[]> deadLetters, String group, Clock clock, SinkListener listener) {
        this.deadLetters = deadLetters;
        this.group = group;
        this.clock = clock;
        this.listener = listener;
    }

    public BatchResult write(ArticleStore store, List<Item> items) throws InterruptedException {
        List<EnrichedArticle> articles = new ArrayList<>();
        List<IncidentChange> incidents = new ArrayList<>();
        List<ProvinceWeekChange> weeks = new ArrayList<>();
        try {
            List<Future<RecordMetadata>> letters = new ArrayList<>();
            for (Item item : items) {
                if (item.article() != null) {
                    articles.add(item.article());
                } else if (item.incident() != null) {
                    incidents.add(item.incident());
                } else if (item.week() != null) {
                    weeks.add(item.week());
                } else if (!item.deadLettered()) {
                    String topic = item.record().topic();
                    letters.add(deadLetter(item.record(), "not a readable " + RecordDecoder.expectedType(topic), null));
                }
            }
            for (Future<RecordMetadata> letter : letters) {
                letter.get();
            }
            Map<TopicPartition, Long> next = nextOffsets(items);
            store.store(articles, incidents, weeks, group, next);
            return new BatchResult(false, articles, incidents, weeks, next);
        } catch (ExecutionException e) {
            LOG.warn("cannot write to the dead-letter topic, will retry: {}", e.getCause().getMessage());
            return BatchResult.retryLater();
        } catch (SQLException e) {
            if (!store.dialect().refusesRow(e)) {
                LOG.warn("database unavailable for a batch of {} records, will retry: {}", items.size(), e.getMessage());
                return BatchResult.retryLater();
            }
            return isolate(store, items.stream().map(Item::settled).toList(), e);
        }
    }

    private BatchResult isolate(ArticleStore store, List<Item> items, SQLException error) throws InterruptedException {
        if (items.size() == 1) {
            return deadLetterRefused(store, items.get(0), error);
        }
        int middle = items.size() / 2;
        BatchResult left = write(store, items.subList(0, middle));
        if (left.retry()) {
            return left;
        }
        BatchResult right = write(store, items.subList(middle, items.size()));
        if (right.retry()) {
            return right;
        }
        List<EnrichedArticle> stored = new ArrayList<>(left.stored());
        stored.addAll(right.stored());
        List<IncidentChange> incidents = new ArrayList<>(left.incidents());
        incidents.addAll(right.incidents());
        List<ProvinceWeekChange> weeks = new ArrayList<>(left.weeks());
        weeks.addAll(right.weeks());
        Map<TopicPartition, Long> next = new HashMap<>(left.nextOffsets());
        right.nextOffsets().forEach((p, o) -> next.merge(p, o, Math::max));
        return new BatchResult(false, stored, incidents, weeks, next);
    }

    private BatchResult deadLetterRefused(ArticleStore store, Item refused, SQLException error) throws InterruptedException {
        LOG.warn("database refused record {} of {}: {}", refused.record().key(), refused.record().topic(), error.getMessage());
        try {
            deadLetter(refused.record(), "database refused the row: " + error.getMessage(), error).get();
            Map<TopicPartition, Long> next = nextOffsets(List.of(refused));
            store.store(List.of(), group, next);
            return new BatchResult(false, List.of(), List.of(), List.of(), next);
        } catch (ExecutionException | SQLException e) {
            LOG.warn("cannot settle the refused record {} yet, will retry: {}", refused.record().key(), e.getMessage());
            return BatchResult.retryLater();
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
}
