package org.cpecwatch.schemas.topic;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/** A topic and the serdes of its records travel together, so nobody reads a topic with the wrong serde. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions,
                          String cleanupPolicy, Optional<Duration> retention) {

    /** A long article in a PDF export can pass 1 MiB, the broker's default limit. */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        Objects.requireNonNull(retention, "retention");
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs at least one partition, got " + partitions);
        }
    }

    /** The topic as the provisioner creates it on a cluster: the README's production table shows the same. */
    public NewTopic newTopic(short replicationFactor) {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy);
        configs.put(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retention.map(Duration::toMillis).orElse(-1L)));
        configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));
        configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(Math.min(2, replicationFactor)));
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }
}
