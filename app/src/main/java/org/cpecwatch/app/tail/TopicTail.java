package org.cpecwatch.app.tail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.cpecwatch.schemas.json.AvroJson;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.Topic;

/**
 * Follows one topic, every partition, as a committed-read consumer with no group: each record becomes one JSON line
 * (Avro values through {@link AvroJson}; a record that cannot be decoded says so and where it is). Ctrl-C ends the
 * loop through the consumer's {@code wakeup()}, so the consumer closes cleanly.
 */
public final class TopicTail implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration PARTITIONS_WAIT = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    /** Where following starts. */
    public enum Start { OLDEST, NEWEST }

    /** The topic is not on the broker. */
    public static final class MissingTopic extends RuntimeException {
        MissingTopic(String topic) {
            super("topic " + topic + " does not exist on the broker");
        }
    }

    private final KafkaConsumer<byte[], byte[]> consumer;

    public TopicTail(KafkaConnection kafka) {
        this.consumer = new KafkaConsumer<>(kafka.settings(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)));
    }

    /**
     * Hands each record of {@code source} to {@code lines} as JSON until {@code max} records (null: no limit) or
     * until the JVM is asked to stop.
     */
    public void follow(Topic<?, ?> source, Start start, Integer max, Consumer<String> lines) {
        Thread main = Thread.currentThread();
        Thread stopper = new Thread(() -> {
            consumer.wakeup();
            joinQuietly(main);
        }, "cpecwatch-tail-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            assign(source, start);
            poll(source, max, lines);
        } catch (WakeupException stoppedByUser) {
            // Ctrl-C: what was printed stands.
        } finally {
            removeHook(stopper);
        }
    }

    private void assign(Topic<?, ?> source, Start start) {
        List<TopicPartition> partitions = consumer.partitionsFor(source.name(), PARTITIONS_WAIT).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (partitions.isEmpty()) {
            throw new MissingTopic(source.name());
        }
        consumer.assign(partitions);
        if (start == Start.OLDEST) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
    }

    private void poll(Topic<?, ?> source, Integer max, Consumer<String> lines) {
        long handed = 0;
        while (max == null || handed < max) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                lines.accept(json(source, record));
                if (max != null && ++handed >= max) {
                    return;
                }
            }
        }
    }

    static String json(Topic<?, ?> source, ConsumerRecord<byte[], byte[]> record) {
        try {
            Object value = source.valueSerde().deserializer().deserialize(record.topic(), record.value());
            return value instanceof IndexedRecord avro ? AvroJson.toJson(avro) : String.valueOf(value);
        } catch (SerializationException e) {
            return "{\"unreadable\":true,\"partition\":" + record.partition() + ",\"offset\":" + record.offset() + "}";
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping because of Ctrl-C; the hook is running and that is fine.
        }
    }
}
