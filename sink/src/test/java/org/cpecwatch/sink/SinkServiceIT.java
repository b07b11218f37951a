package org.cpecwatch.sink;

import static org.cpecwatch.sink.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.consume.SinkConsumerSettings;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.cpecwatch.testkit.TopicRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaBrokerExtension.class)
class SinkServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @BeforeAll
    static void createTopics(TestBroker broker) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicProvisioner.ensure(admin, Topics.all(), WAIT);
        }
    }

    @Test
    void shouldStoreEveryArticleOnceEvenWhenTheTopicIsReplayed(TestBroker broker) throws Exception {
        String run = "replay-" + System.nanoTime();
        publish(broker, List.of(article(run + "-1", RelevanceLabel.RELEVANT, "a"),
                article(run + "-2", RelevanceLabel.NOT_RELEVANT, "b"), article(run + "-1", RelevanceLabel.RELEVANT, "a")));
        Path db = dir.resolve("replay.db");

        Set<String> stored = consumeInto(broker, db, run + "-first", 2, run);
        long rowsBefore = rowsWithPrefix(db, run);
        Set<String> replayed = consumeInto(broker, db, run + "-replay", 2, run);

        assertEquals(Set.of(run + "-1", run + "-2"), stored);
        assertEquals(stored, replayed);
        assertEquals(2, rowsBefore);
        assertEquals(2, rowsWithPrefix(db, run), "the replay doubled nothing");
    }

    @Test
    void shouldDeadLetterPoisonRecordAndStoreTheRest(TestBroker broker) throws Exception {
        String run = "poison-" + System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = rawProducer(broker)) {
            producer.send(new ProducerRecord<>(Topics.ENRICHED, (run + "-bad").getBytes(StandardCharsets.UTF_8),
                    "garbage".getBytes(StandardCharsets.UTF_8))).get();
        }
        publish(broker, List.of(article(run + "-good", RelevanceLabel.RELEVANT, "text")));

        Set<String> stored = consumeInto(broker, dir.resolve("poison.db"), run, 1, run);

        assertEquals(Set.of(run + "-good"), stored);
        TopicRecords.readUntil(broker.bootstrapServers(), Topics.DEAD_LETTERS, new StringDeserializer(),
                ArticleSerdes.deadLetter(), seen -> seen.stream().anyMatch(r -> (run + "-bad").equals(r.key())
                        && r.value().getStage().equals("sink")), WAIT);
    }

    @Test
    void shouldWaitOutALockedDatabaseAndLoseNothing(TestBroker broker) throws Exception {
        String run = "locked-" + System.nanoTime();
        Path db = dir.resolve("locked.db");
        publish(broker, List.of(article(run + "-1", RelevanceLabel.RELEVANT, "a"), article(run + "-2", RelevanceLabel.RELEVANT, "b")));
        Set<String> stored = ConcurrentHashMap.newKeySet();
        try (ArticleStore store = ArticleStore.openSqlite(db, Clock.systemUTC());
             Connection blocker = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement lock = blocker.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            try (SinkService sink = sink(broker, store, run, stored, run).start()) {
                // Longer than the 5 s busy timeout, so the sink has met the lock and backed off at least once.
                Thread.sleep(7_000);
                assertEquals(Set.of(), stored, "nothing stored while the database is locked");
                lock.execute("ROLLBACK");
                Eventually.await(WAIT, () -> stored.size() == 2, () -> "stored " + stored);
            }
        }
        assertEquals(2, rowsWithPrefix(db, run), "nothing lost, nothing doubled");
    }

    private Set<String> consumeInto(TestBroker broker, Path db, String group, int expected, String onlyPrefix) throws SQLException {
        Set<String> stored = ConcurrentHashMap.newKeySet();
        try (ArticleStore store = ArticleStore.openSqlite(db, Clock.systemUTC());
             SinkService sink = sink(broker, store, group, stored, onlyPrefix).start()) {
            Eventually.await(WAIT, () -> stored.size() >= expected, () -> "stored " + stored);
        }
        return stored;
    }

    private static long rowsWithPrefix(Path db, String prefix) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM articles WHERE id LIKE ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static SinkService sink(TestBroker broker, ArticleStore store, String group, Set<String> stored, String onlyPrefix) {
        Map<String, Object> settings = new HashMap<>(SinkConsumerSettings.of(broker.bootstrapServers()));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        SinkListener listener = new SinkListener() {
            @Override
            public void stored(EnrichedArticle article) {
                if (article.getId().startsWith(onlyPrefix)) {
                    stored.add(article.getId());
                }
            }
        };
        return new SinkService(new KafkaConsumer<>(settings), rawProducer(broker), store, Clock.systemUTC(), listener);
    }

    private static KafkaProducer<byte[], byte[]> rawProducer(TestBroker broker) {
        return new KafkaProducer<>(ProducerSettings.durable(broker.bootstrapServers(), "sink-it"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static void publish(TestBroker broker, List<EnrichedArticle> articles) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = rawProducer(broker)) {
            for (EnrichedArticle a : articles) {
                producer.send(new ProducerRecord<>(Topics.ENRICHED, a.getId().getBytes(StandardCharsets.UTF_8),
                        ArticleSerdes.enriched().serialize(Topics.ENRICHED, a))).get();
            }
        }
    }
}
