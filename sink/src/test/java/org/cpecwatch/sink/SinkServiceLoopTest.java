package org.cpecwatch.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.testkit.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink's loop over Kafka's {@code MockConsumer} and a real SQLite database: what it tells Kafka, when it is ready. */
class SinkServiceLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String GROUP = "cpecwatch-sink";
    private static final TopicPartition ENRICHED_0 = new TopicPartition(Topics.ENRICHED, 0);

    @TempDir
    Path dir;

    private final LogConsumer consumer = new LogConsumer();
    private Database database;
    private ArticleStore store;
    private SinkService sink;

    @BeforeEach
    void start() throws SQLException {
        database = Database.sqlite(dir.resolve("sink.db"));
        store = ArticleStore.open(database, Clock.systemUTC());
        consumer.assignOnNextPoll(List.of(ENRICHED_0));
        sink = new SinkService(consumer, new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()),
                store, GROUP, Clock.systemUTC(), new SinkListener() {
                }).start();
    }

    @AfterEach
    void stop() throws SQLException {
        sink.close();
        store.close();
    }

    @Test
    void shouldTellKafkaTheOffsetAfterAStoredBatch() throws Exception {
        append("a", "b");

        awaitToldKafka(2);
        assertEquals(Map.of(ENRICHED_0, 2L), store.offsets(GROUP, List.of(ENRICHED_0)));
        assertEquals(2, store.count());
    }

    @Test
    void shouldTellKafkaThePositionPastACommitMarkerThatCameWithAnEmptyPoll() throws Exception {
        append("a", "b");
        consumer.appendMarker(ENRICHED_0);

        // Without it the lag shows 1 until the next article arrives.
        awaitToldKafka(3);
        assertEquals(Map.of(ENRICHED_0, 2L), store.offsets(GROUP, List.of(ENRICHED_0)), "the database keeps the record's next offset");

        append("c");
        awaitToldKafka(4);
        assertEquals(Map.of(ENRICHED_0, 4L), store.offsets(GROUP, List.of(ENRICHED_0)));
    }

    @Test
    void shouldTurnNotReadyWhileEveryBatchFailsThoughTheDatabaseAnswersAndReadyAfterABatchIsWritten() throws Exception {
        append("a");
        awaitToldKafka(1);
        Eventually.await(WAIT, () -> sink.readiness().isReady(), () -> "not ready after a written batch");

        // A table gone (a bad migration, a hand): the database answers every probe and refuses every write.
        execute("ALTER TABLE sink_offsets RENAME TO sink_offsets_away");
        append("b");
        Eventually.await(WAIT, () -> !sink.readiness().isReady(), () -> "ready while every write fails");
        assertTrue(sink.liveness().isReady(), "alive: it keeps retrying");
        assertTrue(store.isReachable(Duration.ofSeconds(2)), "the database answers");

        execute("ALTER TABLE sink_offsets_away RENAME TO sink_offsets");
        Eventually.await(WAIT, () -> sink.readiness().isReady(), () -> "not ready after the table returned");
        assertEquals(2, store.count());
    }

    private void append(String... ids) {
        for (String id : ids) {
            consumer.append(ENRICHED_0, id, ArticleSerdes.enriched().serialize(Topics.ENRICHED,
                    Articles.article(id, RelevanceLabel.RELEVANT, "Karachi airport attack")));
        }
    }

    private void awaitToldKafka(long offset) {
        Eventually.await(WAIT, () -> {
            OffsetAndMetadata told = consumer.committed(Set.of(ENRICHED_0)).get(ENRICHED_0);
            return told != null && told.offset() == offset;
        }, () -> "Kafka told " + consumer.committed(Set.of(ENRICHED_0)));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
