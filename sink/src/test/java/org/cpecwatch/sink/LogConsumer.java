package org.cpecwatch.sink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Kafka's {@link MockConsumer} over a log, as a broker serves it: every poll offers the records from the position on
 * (so a seek back reads them again), and a transaction's commit marker is passed by a poll of its own that returns
 * nothing, as on a cluster where records become readable before their transaction's marker.
 */
final class LogConsumer extends MockConsumer<String, byte[]> {

    /** Per partition, offset by offset; null is a marker. */
    private final Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> log = new HashMap<>();

    LogConsumer() {
        super("earliest");
    }

    /** The group's assignment, given by the next poll (the sink subscribes from its own thread). */
    synchronized void assignOnNextPoll(List<TopicPartition> partitions) {
        Map<TopicPartition, Long> beginning = new HashMap<>();
        partitions.forEach(p -> beginning.put(p, 0L));
        updateBeginningOffsets(beginning);
        schedulePollTask(() -> rebalance(partitions));
    }

    synchronized void append(TopicPartition p, String key, byte[] value) {
        List<ConsumerRecord<String, byte[]>> entries = log.computeIfAbsent(p, x -> new ArrayList<>());
        entries.add(new ConsumerRecord<>(p.topic(), p.partition(), entries.size(), key, value));
    }

    /** A transaction's commit marker: it takes an offset and holds no record. */
    synchronized void appendMarker(TopicPartition p) {
        log.computeIfAbsent(p, x -> new ArrayList<>()).add(null);
    }

    @Override
    public ConsumerRecords<String, byte[]> poll(Duration timeout) {
        offerFromPositions();
        ConsumerRecords<String, byte[]> records = super.poll(timeout);
        if (records.isEmpty()) {
            // As a broker's empty fetch waits, so the sink's idle loop does not spin.
            try {
                Thread.sleep(Math.min(20, timeout.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return records;
    }

    private synchronized void offerFromPositions() {
        for (TopicPartition p : assignment()) {
            List<ConsumerRecord<String, byte[]>> entries = log.getOrDefault(p, List.of());
            int position = (int) position(p);
            if (position < entries.size() && entries.get(position) == null) {
                seek(p, position + 1);
                continue;
            }
            for (int i = position; i < entries.size() && entries.get(i) != null; i++) {
                addRecord(entries.get(i));
            }
        }
    }
}
