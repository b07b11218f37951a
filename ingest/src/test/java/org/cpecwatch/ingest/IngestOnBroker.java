package org.cpecwatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.TestBroker;

/** Ingest as the integration tests run it: the pipeline's topics on the test broker, and a service with its producer. */
final class IngestOnBroker {

    static final Topic<String, RawArticle> RAW = Topics.raw();
    private static final Duration TOPICS_WAIT = Duration.ofSeconds(30);

    private IngestOnBroker() {
    }

    static void createTopics(TestBroker broker) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicProvisioner.ensure(admin, Topics.all(), TOPICS_WAIT);
        }
    }

    /** A service with ingest's own producer settings, under its own client id. */
    static IngestService service(TestBroker broker, IngestConfig config, String clientId, IngestListener listener) {
        return new IngestService(config, producer(broker, clientId), RAW.name(), Clock.systemUTC(), listener);
    }

    static KafkaProducer<String, RawArticle> producer(TestBroker broker, String clientId) {
        return new KafkaProducer<>(IngestProducer.settings(KafkaConnection.to(broker.bootstrapServers()), clientId),
                RAW.keySerde().serializer(), RAW.valueSerde().serializer());
    }
}
