package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A worker thread that is gone must not leave ingest looking ready, whatever ended it. */
@ExtendWith(KafkaBrokerExtension.class)
class IngestReadinessIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Topic<String, RawArticle> RAW = Topics.raw();

    @TempDir
    Path root;

    @Test
    void shouldWithdrawReadinessWhenAnErrorEndsTheWorker(TestBroker broker) throws IOException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicProvisioner.ensure(admin, Topics.all(), WAIT);
        }
        IngestConfig config = IngestConfig.defaults(root.resolve("inbox"), root.resolve("data")).withMinFileAge(Duration.ZERO);
        IngestListener crashing = new IngestListener() {
            @Override
            public void published(String file, String articleId, int partition, long offset) {
                throw new AssertionError("a bug no catch (Exception e) sees");
            }
        };
        KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                ProducerSettings.durable(broker.bootstrapServers(), "ingest-readiness-it"),
                RAW.keySerde().serializer(), RAW.valueSerde().serializer());

        try (IngestService ingest = new IngestService(config, producer, RAW.name(), Clock.systemUTC(), crashing).start()) {
            Eventually.await(WAIT, () -> ingest.readiness().isReady(), () -> "ready after the start");
            Files.createDirectories(config.inbox());
            Files.writeString(config.inbox().resolve("readiness.txt"), "Ingest readiness " + System.nanoTime());

            Eventually.await(WAIT, () -> !ingest.readiness().isReady(), () -> "still ready after the worker died");
            assertFalse(ingest.readiness().isReady());
        }
    }
}
