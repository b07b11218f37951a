package org.cpecwatch.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads a topic from the beginning, committed records only, until the test has what it waits for. */
public final class TopicRecords {

    private TopicRecords() {
    }

    public static <K, V> List<ConsumerRecord<K, V>> readUntil(String bootstrapServers, String topic,
            Deserializer<K> keys, Deserializer<V> values, Predicate<List<ConsumerRecord<K, V>>> done, Duration timeout) {
        List<ConsumerRecord<K, V>> seen = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(seen)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("topic " + topic + " did not reach the expected records within " + timeout
                            + "; read " + seen.size() + " records");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            }
        }
        return seen;
    }
}
