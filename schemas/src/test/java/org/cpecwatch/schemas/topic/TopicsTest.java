package org.cpecwatch.schemas.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldNameEveryPipelineTopicOnce() {
        assertEquals(java.util.List.of("articles.raw", "articles.enriched", "articles.dlq", "incidents",
                        "stats.province-weekly"),
                Topics.all().stream().map(Topic::name).toList());
    }

    @Test
    void shouldDescribeEnrichedTopicAsCompactedAndKeptForever() {
        NewTopic topic = Topics.enriched().newTopic((short) 1);

        assertEquals("compact", topic.configs().get("cleanup.policy"));
        assertEquals("-1", topic.configs().get("retention.ms"));
        assertEquals(3, topic.numPartitions());
        assertEquals(1, topic.replicationFactor());
        assertEquals("1", topic.configs().get("min.insync.replicas"));
    }

    @Test
    void shouldRequireTwoInSyncReplicasOnRealClusters() {
        assertEquals("2", Topics.raw().newTopic((short) 3).configs().get("min.insync.replicas"));
    }

    @Test
    void shouldFindEachTopicByItsNameAndNoOther() {
        org.cpecwatch.schemas.kafka.KafkaConnection kafka = org.cpecwatch.schemas.kafka.KafkaConnection.to("b:9092");
        for (Topic<?, ?> topic : Topics.all()) {
            assertEquals(topic.name(), Topics.named(topic.name(), kafka).orElseThrow().name());
        }
        assertEquals(Optional.empty(), Topics.named("articles.raw-repartition", kafka));
    }

    @Test
    void shouldRefuseTopicWithoutPartitions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Topic<>("x", Serdes.String(), Serdes.String(), 0, "delete", Optional.empty()));
        assertEquals("topic x needs at least one partition, got 0", e.getMessage());
    }
}
