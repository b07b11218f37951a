package org.cpecwatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The lag of a group over the topics it reads, on a real broker: partitions it never committed count in full. */
@ExtendWith(KafkaBrokerExtension.class)
class ConsumerLagIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void shouldCountEveryRecordOfAPartitionTheGroupNeverCommitted(TestBroker broker) throws Exception {
        String topic = "lag-" + System.nanoTime();
        String group = topic + "-group";
        TopicPartition p0 = new TopicPartition(topic, 0);
        TopicPartition p1 = new TopicPartition(topic, 1);
        try (Admin admin = ConsumerLag.admin(KafkaConnection.to(broker.bootstrapServers()), TIMEOUT)) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 3; i++) {
                    producer.send(new ProducerRecord<>(topic, 0, "k", "v" + i)).get();
                }
                producer.send(new ProducerRecord<>(topic, 1, "k", "v")).get();
            }

            ConsumerLag.GroupLag never = ConsumerLag.of(admin, group, List.of(topic, "not-created-yet"), TIMEOUT);
            assertEquals(Map.of(p0, 3L, p1, 1L), never.partitions(), "a group that never read is behind by everything");
            assertEquals(4, never.total());

            commit(broker, group, p0, 1);
            assertEquals(Map.of(p0, 2L, p1, 1L), ConsumerLag.of(admin, group, List.of(topic), TIMEOUT).partitions());
        }
    }

    private static void commit(TestBroker broker, String group, TopicPartition partition, long offset) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(Set.of(partition));
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)));
        }
    }
}
