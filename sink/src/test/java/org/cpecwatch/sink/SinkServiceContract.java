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

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.schemas.avro.Category;
import org.cpecwatch.schemas.avro.DeadLetter;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.serde.AvroSerde;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.query.ProvinceWeekFilter;
import org.cpecwatch.sink.query.ProvinceWeekQueries;
import org.cpecwatch.sink.query.ProvinceWeekRow;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sink on a real broker and a real database, all three topics; one suite, run against SQLite and PostgreSQL. */
@ExtendWith(KafkaBrokerExtension.class)
abstract class SinkServiceContract {

    private static final Duration WAIT = SinkHarness.WAIT;

    private String bootstrap;
    private String run;
    private SinkHarness harness;

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
        harness = new SinkHarness(bootstrap, run);
    }

    @Test
    void shouldLeaveEveryCountUnchangedWhenTheTopicIsReplayed() throws Exception {
        EnrichedArticle tagged = Articles.tagged(run + "-1", "2024-10-07", List.of(Category.ATTACK, Category.MILITANT_GROUP),
                List.of(Articles.place("Karachi", "Sindh"), Articles.group("BLA")), "Karachi airport attack");
        harness.publish(tagged, article(run + "-2", RelevanceLabel.NOT_RELEVANT, "b"), tagged);
        Database db = newDatabase();

        harness.consume(db, run + "-first", Set.of(run + "-1", run + "-2"));
        Map<String, Long> before = counts(db);
        harness.consume(db, run + "-replay", Set.of(run + "-1", run + "-2"));

        assertEquals(Map.of("articles", 2L, "article_categories", 2L, "entities", 2L, "article_entities", 2L), before);
        assertEquals(before, counts(db), "the replay doubled nothing");
    }

    @Test
    void shouldDeadLetterAnUnreadableRecordAndStoreTheRest() throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = harness.producer()) {
            producer.send(new ProducerRecord<>(Topics.ENRICHED, SinkHarness.bytes(run + "-bad"), SinkHarness.bytes("garbage"))).get();
        }
        harness.publish(article(run + "-good", RelevanceLabel.RELEVANT, "text"));
        Database db = newDatabase();

        harness.consume(db, run, Set.of(run + "-good"));

        DeadLetter letter = harness.deadLetter(run + "-bad");
        assertEquals("sink", letter.getStage());
        assertEquals("garbage", StandardCharsets.UTF_8.decode(letter.getOriginalValue()).toString());
        assertEquals(1, rows(db));
    }

    @Test
    void shouldBisectTheBatchToDeadLetterTheRowTheDatabaseRefuses() throws Exception {
        EnrichedArticle refused = article(run + "-refused", RelevanceLabel.RELEVANT, "x");
        refused.getRelevance().setScore(1.5);
        harness.publish(article(run + "-1", RelevanceLabel.RELEVANT, "a"), refused, article(run + "-2", RelevanceLabel.RELEVANT, "b"),
                article(run + "-3", RelevanceLabel.RELEVANT, "c"));
        Database db = newDatabase();

        harness.consume(db, run, Set.of(run + "-1", run + "-2", run + "-3"));

        DeadLetter letter = harness.deadLetter(run + "-refused");
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
        try (KafkaProducer<byte[], byte[]> producer = harness.producer()) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.ENRICHED, SinkHarness.bytes(current.getId()), null);
            byte[] value = newerWriter.serialize(Topics.ENRICHED, record.headers(), recent);
            producer.send(new ProducerRecord<>(Topics.ENRICHED, null, SinkHarness.bytes(current.getId()), value, record.headers())).get();
        }
        Database db = newDatabase();

        harness.consume(db, run, Set.of(run + "-v2"));

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
        harness.publish(article(run + "-1", RelevanceLabel.RELEVANT, "a"), article(run + "-2", RelevanceLabel.RELEVANT, "b"));
        Database db = newDatabase();
        harness.consume(db, run, Set.of(run + "-1", run + "-2"));
        rewindKafkaCommittedOffsets(run);

        List<String> markers = List.of(run + "-m0", run + "-m1", run + "-m2");
        try (KafkaProducer<byte[], byte[]> producer = harness.producer()) {
            for (int p = 0; p < 3; p++) {
                EnrichedArticle marker = article(markers.get(p), RelevanceLabel.RELEVANT, "marker");
                producer.send(new ProducerRecord<>(Topics.ENRICHED, p, SinkHarness.bytes(marker.getId()),
                        ArticleSerdes.enriched().serialize(Topics.ENRICHED, marker))).get();
            }
        }
        Set<String> seen = harness.consume(db, run, Set.copyOf(markers));

        assertEquals(Set.copyOf(markers), seen, "nothing before the markers was read again: " + seen);
    }

    @Test
    void shouldPauseWhileTheDatabaseIsDownAndLoseNothing() throws Exception {
        try (Outage outage = newOutage()) {
            harness.publish(article(run + "-1", RelevanceLabel.RELEVANT, "a"), article(run + "-2", RelevanceLabel.RELEVANT, "b"));
            Set<String> stored = ConcurrentHashMap.newKeySet();
            try (ArticleStore store = ArticleStore.open(outage.database(), Clock.systemUTC())) {
                outage.begin();
                try (SinkService sink = harness.sink(store, run, stored)) {
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

    @Test
    void shouldStoreAnIncidentWithItsReportsBeforeItsArticlesArrive() throws Exception {
        String id = run + "-incident";
        harness.publishIncidents(Incidents.karachiAirport(id, List.of(run + "-a1", run + "-a2")));
        Database db = newDatabase();

        harness.consume(db, run, Set.of(SinkHarness.incidentStored(id, 2)));

        Map<String, Object> row = IncidentTables.row(db, id);
        assertEquals("BOMBING", row.get("type"));
        assertEquals("SITE", row.get("place_precision"));
        assertEquals("2", row.get("killed"));
        assertEquals(true, row.get("perpetrator_claimed"));
        assertEquals(2, ((JsonNode) row.get("killed_by_nationality")).get("Chinese").asInt());
        assertEquals(2, ((JsonNode) row.get("record_json")).get("reports").size(), "the full record is kept");
        assertEquals(Set.of(run + "-a1", run + "-a2"), row.get("reports"));
        assertEquals(0, rows(db), "the reports wait for no article");
    }

    @Test
    void shouldReplaceTheIncidentAndItsReportsWhenAnUpdateArrives() throws Exception {
        String id = run + "-incident";
        harness.publishIncidents(Incidents.karachiAirport(id, List.of(run + "-a1", run + "-a2")));
        Database db = newDatabase();
        harness.consume(db, run, Set.of(SinkHarness.incidentStored(id, 2)));

        harness.publishIncidents(Incidents.karachiAirportLater(id, List.of(run + "-a2", run + "-a3", run + "-a4")));
        harness.consume(db, run, Set.of(SinkHarness.incidentStored(id, 3)));

        Map<String, Object> row = IncidentTables.row(db, id);
        assertEquals(List.of("3", "17", "TTP", false, "3"), List.of(row.get("killed"), row.get("injured"),
                row.get("perpetrator"), row.get("perpetrator_claimed"), row.get("report_count")));
        assertEquals(Set.of(run + "-a2", run + "-a3", run + "-a4"), row.get("reports"), "a1 no longer reports it");
        assertEquals(1, IncidentTables.snapshot(db, run).size());
    }

    @Test
    void shouldRemoveTheIncidentAndItsReportsOnATombstone() throws Exception {
        String id = run + "-incident";
        harness.publishIncidents(Incidents.karachiAirport(id, List.of(run + "-a1")));
        Database db = newDatabase();
        harness.consume(db, run, Set.of(SinkHarness.incidentStored(id, 1)));

        harness.publishRemoval(id);
        harness.consume(db, run, Set.of(SinkHarness.incidentRemoved(id)));

        assertEquals(Map.of(), IncidentTables.row(db, id));
        assertEquals(Set.of(), IncidentTables.reports(db, id));
    }

    @Test
    void shouldLeaveTheSameIncidentRowsWhenTheIncidentsTopicIsReplayed() throws Exception {
        String updated = run + "-updated";
        String kept = run + "-kept";
        String removed = run + "-removed";
        harness.publishIncidents(Incidents.karachiAirport(updated, List.of(run + "-a1")),
                Incidents.dasuBus(kept, List.of(run + "-a2", run + "-a3")),
                Incidents.karachiAirport(removed, List.of(run + "-a4")),
                Incidents.karachiAirportLater(updated, List.of(run + "-a1", run + "-a5")));
        harness.publishRemoval(removed);
        Database db = newDatabase();
        // The topic has one partition: hearing of its last record means every earlier one is settled, and hearing
        // of each incident that none was dead-lettered instead.
        Set<String> all = Set.of(SinkHarness.incidentStored(updated, 2), SinkHarness.incidentStored(kept, 2),
                SinkHarness.incidentRemoved(removed));

        harness.consume(db, run + "-first", all);
        Map<String, Map<String, Object>> before = IncidentTables.snapshot(db, run);
        harness.consume(db, run + "-replay", all);

        assertEquals(Set.of(updated, kept), before.keySet());
        assertEquals(Set.of(run + "-a1", run + "-a5"), before.get(updated).get("reports"));
        assertEquals(before, IncidentTables.snapshot(db, run), "the replay changed and doubled nothing");
    }

    @Test
    void shouldStoreWeeklyCountsReplaceThemAndRemoveThemOnATombstone() throws Exception {
        String sindh = run + "-Sindh";
        ProvinceWeek first = new ProvinceWeek(sindh, "2024-09-30", 3L, 1L);
        ProvinceWeek later = new ProvinceWeek(sindh, "2024-09-30", 5L, 2L);
        ProvinceWeek next = new ProvinceWeek(sindh, "2024-10-07", 1L, 0L);
        harness.publishWeeks(first, next, later);
        Database db = newDatabase();

        harness.consume(db, run, Set.of(SinkHarness.weekStored(later), SinkHarness.weekStored(next)));
        List<ProvinceWeekRow> stored = weeks(db, sindh);
        harness.publishWeekRemoval(sindh + "@2024-10-07");
        harness.consume(db, run, Set.of(SinkHarness.weekRemoved(sindh + "@2024-10-07")));

        assertEquals(List.of(new ProvinceWeekRow(sindh, "2024-09-30", 5, 2), new ProvinceWeekRow(sindh, "2024-10-07", 1, 0)),
                stored);
        assertEquals(List.of(new ProvinceWeekRow(sindh, "2024-09-30", 5, 2)), weeks(db, sindh));
    }

    @Test
    void shouldLeaveTheSameWeekRowsWhenTheStatsTopicIsReplayed() throws Exception {
        String punjab = run + "-Punjab";
        ProvinceWeek kept = new ProvinceWeek(punjab, "2024-09-30", 2L, 1L);
        ProvinceWeek removed = new ProvinceWeek(punjab, "2024-10-07", 1L, 0L);
        harness.publishWeeks(kept, removed);
        harness.publishWeekRemoval(punjab + "@2024-10-07");
        Database db = newDatabase();
        // One partition: hearing of the tombstone means every earlier record of the topic is settled.
        Set<String> all = Set.of(SinkHarness.weekStored(kept), SinkHarness.weekRemoved(punjab + "@2024-10-07"));

        harness.consume(db, run + "-first", all);
        List<ProvinceWeekRow> before = weeks(db, punjab);
        harness.consume(db, run + "-replay", all);

        assertEquals(List.of(new ProvinceWeekRow(punjab, "2024-09-30", 2, 1)), before);
        assertEquals(before, weeks(db, punjab), "the replay changed and doubled nothing");
    }

    private static List<ProvinceWeekRow> weeks(Database db, String province) throws SQLException {
        try (Connection c = db.connect()) {
            return new ProvinceWeekQueries(c).find(new ProvinceWeekFilter(province, null, null));
        }
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
        return count(db, "SELECT COUNT(*) FROM articles WHERE id LIKE ?");
    }
}
