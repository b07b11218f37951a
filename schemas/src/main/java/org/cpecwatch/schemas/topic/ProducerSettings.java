package org.cpecwatch.schemas.topic;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.cpecwatch.schemas.kafka.KafkaConnection;

/** A producer that never loses or doubles an acknowledged article. */
public final class ProducerSettings {

    private ProducerSettings() {
    }

    public static Map<String, Object> durable(KafkaConnection kafka, String clientId) {
        return kafka.settings(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                // Articles compress well; let a long one through instead of failing it at 1 MiB.
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024));
    }
}
