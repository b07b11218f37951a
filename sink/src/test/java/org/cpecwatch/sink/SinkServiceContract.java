package org.cpecwatch.sink;

import static org.cpecwatch.sink.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cpecwatch.schemas.avro.Category;
import org.cpecwatch.schemas.avro.DeadLetter;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.serde.AvroSerde;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.consume.SinkConsumerSettings;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.cpecwatch.testkit.TopicRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sink on a real broker and a real database; one suite, run against SQLite and PostgreSQL. */
@ExtendWith(KafkaBrokerExtension.class)
abstract class SinkServiceContract {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private String bootstrap;
    private String run;

    protected abstract Database newDatabase() throws Exception;

    /** A fresh database that the returned outage can take down and bring back. */
    protected abstract Outage newOutage() throws Exception;

    @BeforeAll
    static void createTopics(TestBroker broker) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicProvisioner.ensure(admin, Topics.all(), WAIT);
        }
    }

    @BeforeEach
    void name(TestBroker broker) {
        bootstrap = broker.bootstrapServers();
        run = getClass().getSimpleName().toLowerCase(Locale.ROOT) + "-" + System.nanoTime();
    }

    @Test
    void shouldLeaveEveryCountUnchangedWhenTheTopicIsReplayed() throws Exception {
        EnrichedArticle tagged = Articles.tagged(run + "-1", "2024-10-07", List.of(Category.ATTACK, Category.MILITANT_GROUP),
                List.of(Articles.place("Karachi", "Sindh"), Articles.group("BLA")), "Karachi airport attack");
        publish(tagged, article(run + "-2", RelevanceLabel.NOT_RELEVANT, "b"), tagged);
        Database db = newDatabase();

        consume(db, run + "-first", Set.of(run + "-1", run + "-2"));
        Map<String, Long> before = counts(db);
        consume(db, run + "-replay", Set.of(run + "-1", run + "-2"));

        assertEquals(Map.of("articles", 2L, "article_categories", 2L, "entities", 2L, "article_entities", 2L), before);
        assertEquals(before, counts(db), "the replay doubled nothing");
    }

    @Test
    void shouldDeadLetterAnUnreadableRecordAndStoreTheRest() throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.ENRICHED, bytes(run + "-bad"), bytes("garbage"))).get();
        }
        publish(article(run + "-good", RelevanceLabel.RELEVANT, "text"));
        Database db = newDatabase();

        consume(db, run, Set.of(run + "-good"));

        DeadLetter letter = deadLetter(run + "-bad");
        assertEquals("sink", letter.getStage());
        assertEquals("garbage", StandardCharsets.UTF_8.decode(letter.getOriginalValue()).toString());
        assertEquals(1, rows(db));
    }

    @Test
    void shouldBisectTheBatchToDeadLetterTheRowTheDatabaseRefuses() throws Exception {
        EnrichedArticle refused = article(run + "-refused", RelevanceLabel.RELEVANT, "x");
        refused.getRelevance().setScore(1.5);
        publish(article(run + "-1", RelevanceLabel.RELEVANT, "a"), refused, article(run + "-2", RelevanceLabel.RELEVANT, "b"),
                article(run + "-3", RelevanceLabel.RELEVANT, "c"));
        Database db = newDatabase();

        consume(db, run, Set.of(run + "-1", run + "-2", run + "-3"));

        DeadLetter letter = deadLetter(run + "-refused");
        assertTrue(letter.getErrorMessage().toLowerCase(Locale.ROOT).contains("check constraint"), letter.getErrorMessage());
        assertEquals(3, rows(db));
    }

    @Test
    void shouldStoreRecordsOfANewerSchemaWithAnExtraOptionalField() throws Exception {
        Schema newer = withExtraField(EnrichedArticle.getClassSchema());
        AvroSerde<GenericRecord> newerWriter = new AvroSerde<>(GenericData.get(), newer, List.of());
        AvroSerde<GenericRecord> upgrade = new AvroSerde<>(GenericData.get(), newer, List.of(EnrichedArticle.getClassSchema()));
        EnrichedArticle current = article(run + "-v2", RelevanceLabel.RELEVANT, "written by a newer enrich");
        GenericRecord recent = upgrade.deserialize(Topics.ENRICHED, ArticleSerdes.enriched().serialize(Topics.ENRICHED, current));
        recent.put("threatLevel", "HIGH");
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.ENRICHED, bytes(current.getId()), null);
            byte[] value = newerWriter.serialize(Topics.ENRICHED, record.headers(), recent);
            producer.send(new ProducerRecord<>(Topics.ENRICHED, null, bytes(current.getId()), value, record.headers())).get();
        }
        Database db = newDatabase();

        consume(db, run, Set.of(run + "-v2"));

        assertEquals(1, rows(db));
    }

    private static Schema withExtraField(Schema schema) {
        List<Schema.Field> fields = new java.util.ArrayList<>();
        schema.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(new Schema.Field("threatLevel", Schema.createUnion(Schema.create(Schema.Type.NULL),
                Schema.create(Schema.Type.STRING)), "added after the sink was built", Schema.Field.NULL_DEFAULT_VALUE));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    @Test
    void shouldContinueFromTheOffsetsInTheDatabaseNotFromKafkas() throws Exception {
        publish(article(run + "-1", RelevanceLabel.RELEVANT, "a"), article(run + "-2", RelevanceLabel.RELEVANT, "b"));
        Database db = newDatabase();
        consume(db, run, Set.of(run + "-1", run + "-2"));
        rewindKafkaCommittedOffsets(run);

        List<String> markers = List.of(run + "-m0", run + "-m1", run + "-m2");
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int p = 0; p < 3; p++) {
                EnrichedArticle marker = article(markers.get(p), RelevanceLabel.RELEVANT, "marker");
                producer.send(new ProducerRecord<>(Topics.ENRICHED, p, bytes(marker.getId()),
                        ArticleSerdes.enriched().serialize(Topics.ENRICHED, marker))).get();
            }
        }
        Set<String> seen = consume(db, run, Set.copyOf(markers));

        assertEquals(Set.copyOf(markers), seen, "nothing before the markers was read again: " + seen);
    }

    @Test
    void shouldPauseWhileTheDatabaseIsDownAndLoseNothing() throws Exception {
        try (Outage outage = newOutage()) {
            publish(article(run + "-1", RelevanceLabel.RELEVANT, "a"), article(run + "-2", RelevanceLabel.RELEVANT, "b"));
            Set<String> stored = ConcurrentHashMap.newKeySet();
            try (ArticleStore store = ArticleStore.open(outage.database(), Clock.systemUTC())) {
                outage.begin();
                try (SinkService sink = sink(store, run, stored)) {
                    sink.start();
                    // Longer than SQLite's 5 s busy timeout: the sink has met the outage and backed off.
                    Thread.sleep(7_000);
                    assertEquals(Set.of(), stored, "nothing stored while the database is down");
                    outage.end();
                    Eventually.await(WAIT, () -> stored.containsAll(Set.of(run + "-1", run + "-2")), () -> "stored " + stored);
                }
            }
            assertEquals(2, rows(outage.database()), "nothing lost, nothing doubled");
        }
    }

    private Set<String> consume(Database db, String group, Set<String> expected) throws SQLException {
        Set<String> stored = ConcurrentHashMap.newKeySet();
        try (ArticleStore store = ArticleStore.open(db, Clock.systemUTC()); SinkService sink = sink(store, group, stored)) {
            sink.start();
            Eventually.await(WAIT, () -> stored.containsAll(expected), () -> "stored " + stored);
        }
        return stored;
    }

    private SinkService sink(ArticleStore store, String group, Set<String> stored) {
        Map<String, Object> settings = new HashMap<>(SinkConsumerSettings.of(bootstrap));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        SinkListener listener = new SinkListener() {
            @Override
            public void stored(EnrichedArticle article) {
                if (article.getId().startsWith(run)) {
                    stored.add(article.getId());
                }
            }
        };
        return new SinkService(new KafkaConsumer<>(settings), producer(), store, group, Clock.systemUTC(), listener);
    }

    private void rewindKafkaCommittedOffsets(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
            for (int p = 0; p < 3; p++) {
                zero.put(new TopicPartition(Topics.ENRICHED, p), new OffsetAndMetadata(0));
            }
            admin.alterConsumerGroupOffsets(group, zero).all().get();
        }
    }

    private DeadLetter deadLetter(String key) {
        return TopicRecords.readUntil(bootstrap, Topics.DEAD_LETTERS, new StringDeserializer(), ArticleSerdes.deadLetter(),
                        seen -> seen.stream().anyMatch(r -> key.equals(r.key())), WAIT)
                .stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow().value();
    }

    /** Rows of this test's articles in every table the sink writes. */
    private Map<String, Long> counts(Database db) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        counts.put("articles", count(db, "SELECT COUNT(*) FROM articles WHERE id LIKE ?"));
        counts.put("article_categories", count(db, "SELECT COUNT(*) FROM article_categories WHERE article_id LIKE ?"));
        counts.put("article_entities", count(db, "SELECT COUNT(*) FROM article_entities WHERE article_id LIKE ?"));
        counts.put("entities", count(db, "SELECT COUNT(DISTINCT e.id) FROM entities e JOIN article_entities ae"
                + " ON ae.entity_id = e.id WHERE ae.article_id LIKE ?"));
        return counts;
    }

    private long count(Database db, String sql) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, run + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long rows(Database db) throws SQLException {
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM articles WHERE id LIKE ?")) {
            s.setString(1, run + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(ProducerSettings.durable(bootstrap, "sink-it"), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private void publish(EnrichedArticle... articles) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (EnrichedArticle a : articles) {
                producer.send(new ProducerRecord<>(Topics.ENRICHED, bytes(a.getId()),
                        ArticleSerdes.enriched().serialize(Topics.ENRICHED, a))).get();
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
