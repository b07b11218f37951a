package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.cpecwatch.app.pipeline.TopicSetup;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.consume.SinkConsumerSettings;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.PostgresTestServer;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code cpecwatch sink} in the middle of a backlog, then a restart: every article is in the database
 * once, and the offsets the database holds are exactly the end of the topic.
 */
@ExtendWith(KafkaBrokerExtension.class)
class SinkCrashIT {

    private static final int ARTICLES = 20_000;
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path work;

    @Test
    void shouldLoseAndDoubleNothingInSqliteWhenKilledMidBatch(TestBroker broker) throws Exception {
        killMidBacklogAndRestart(broker, "jdbc:sqlite:" + work.resolve("crash.db"));
    }

    @Test
    void shouldLoseAndDoubleNothingInPostgresqlWhenKilledMidBatch(TestBroker broker) throws Exception {
        killMidBacklogAndRestart(broker, PostgresTestServer.newDatabase());
    }

    private void killMidBacklogAndRestart(TestBroker broker, String url) throws Exception {
        String bootstrap = broker.bootstrapServers();
        String run = "crash-" + System.nanoTime();
        TopicSetup.ensure(KafkaConnection.to(bootstrap));
        publish(bootstrap, run);
        Database db = Database.of(url);
        String[] sink = {"sink", "--bootstrap-servers", bootstrap, "--db", url, "--data", work.resolve("data").toString()};

        try (ChildProcess first = ChildProcess.start(work, sink)) {
            first.awaitLine(WAIT, line -> line.startsWith("ready: sink"));
            Eventually.await(WAIT, () -> rows(db, run) > 2_000, () -> "rows " + rows(db, run));
            first.kill();
        }
        long atKill = rows(db, run);
        System.out.println("[SinkCrashIT] " + db.dialect().name() + ": killed with " + atKill + " of " + ARTICLES + " stored");
        try (ChildProcess second = ChildProcess.start(work, sink)) {
            Eventually.await(WAIT, () -> rows(db, run) == ARTICLES, () -> "rows " + rows(db, run));
            Eventually.await(WAIT, () -> storedOffsets(db).equals(endOffsets(bootstrap)),
                    () -> "stored offsets " + storedOffsets(db) + ", topic ends " + endOffsets(bootstrap));
            second.terminate(WAIT);
        }

        assertTrue(atKill > 0 && atKill < ARTICLES, "the kill landed mid-backlog: " + atKill);
        assertEquals(ARTICLES, rows(db, run), "every article once (killed at " + atKill + ")");
        assertEquals(ARTICLES, distinctIds(db, run));
    }

    private static void publish(String bootstrap, String run) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(ProducerSettings.durable(KafkaConnection.to(bootstrap), run),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            Future<RecordMetadata> last = null;
            for (int i = 0; i < ARTICLES; i++) {
                EnrichedArticle a = EnrichedArticle.newBuilder().setId(run + "-" + i).setSourceFile(i + ".txt")
                        .setIngestedAt(Instant.now()).setEnrichedAt(Instant.now()).setTitle("Article " + i)
                        .setCleanText("Security of Chinese engineers in Gwadar, report " + i)
                        .setRelevance(Relevance.newBuilder().setScore(0.8).setLabel(RelevanceLabel.RELEVANT)
                                .setRulesetVersion("crash-test").build())
                        .build();
                last = producer.send(new ProducerRecord<>(Topics.ENRICHED, a.getId().getBytes(StandardCharsets.UTF_8),
                        ArticleSerdes.enriched().serialize(Topics.ENRICHED, a)));
            }
            last.get();
        }
    }

    private static long rows(Database db, String run) {
        return single(db, "SELECT COUNT(*) FROM articles WHERE id LIKE ?", run + "-%");
    }

    private static long distinctIds(Database db, String run) {
        return single(db, "SELECT COUNT(DISTINCT id) FROM articles WHERE id LIKE ?", run + "-%");
    }

    private static long single(Database db, String sql, String parameter) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            // The sink has not created the schema yet.
            return -1;
        }
    }

    private static Map<TopicPartition, Long> storedOffsets(Database db) {
        Map<TopicPartition, Long> stored = new HashMap<>();
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT topic, partition_id, next_offset FROM sink_offsets WHERE consumer_group = ? AND topic = ?")) {
            s.setString(1, SinkConsumerSettings.GROUP_ID);
            // The test writes articles only: incidents other tests left end in transaction markers, not records.
            s.setString(2, Topics.ENRICHED);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            return Map.of();
        }
        return stored;
    }

    private static Map<TopicPartition, Long> endOffsets(String bootstrap) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "isolation.level", "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }

}
