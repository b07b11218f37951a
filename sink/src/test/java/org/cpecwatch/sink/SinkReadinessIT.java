package org.cpecwatch.sink;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.consume.SinkConsumerSettings;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A sink whose thread is gone must not look ready, whatever ended it. */
@ExtendWith(KafkaBrokerExtension.class)
class SinkReadinessIT {

    private static final Duration WAIT = SinkHarness.WAIT;

    @TempDir
    Path dir;

    @Test
    void shouldWithdrawReadinessWhenAnErrorEndsTheSinkThread(TestBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicProvisioner.ensure(admin, Topics.all(), WAIT);
        }
        String run = getClass().getSimpleName().toLowerCase(Locale.ROOT) + "-" + System.nanoTime();
        SinkHarness harness = new SinkHarness(bootstrap, run);
        Map<String, Object> settings = new HashMap<>(SinkConsumerSettings.of(KafkaConnection.to(bootstrap)));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, run);
        SinkListener crashing = new SinkListener() {
            @Override
            public void stored(EnrichedArticle article) {
                throw new AssertionError("a bug no catch (RuntimeException e) sees");
            }
        };

        try (ArticleStore store = ArticleStore.open(Database.sqlite(dir.resolve("sink.db")), Clock.systemUTC());
             SinkService sink = new SinkService(new KafkaConsumer<>(settings), harness.producer(), store, run,
                     Clock.systemUTC(), crashing).start()) {
            Eventually.await(WAIT, () -> sink.readiness().isReady(), () -> "ready after the start");
            harness.publish(Articles.article(run + "-1", RelevanceLabel.RELEVANT, "Karachi airport attack"));

            Eventually.await(WAIT, () -> !sink.readiness().isReady(), () -> "still ready after the thread died");
            assertFalse(sink.readiness().isReady());
        }
    }
}
