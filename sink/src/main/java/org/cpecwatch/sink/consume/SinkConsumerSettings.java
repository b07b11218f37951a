package org.cpecwatch.sink.consume;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cpecwatch.schemas.kafka.KafkaConnection;

/** The sink reads committed records only and commits offsets itself, after the rows are durable. */
public final class SinkConsumerSettings {

    public static final String GROUP_ID = "cpecwatch-sink";

    private SinkConsumerSettings() {
    }

    public static Map<String, Object> of(KafkaConnection kafka) {
        return kafka.settings(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                // Small fetches per partition and a larger poll: one poll then spans several partitions, which the
                // sink writes in parallel on a server database.
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1500,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 256 * 1024,
                // A crashed sink holds its partitions until its session expires: 10 s, not the default 45 s.
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000,
                // Values are decoded by the sink so a poison record can be dead-lettered instead of stopping the poll.
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }
}
