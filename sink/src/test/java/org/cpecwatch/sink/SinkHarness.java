package org.cpecwatch.sink;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cpecwatch.schemas.avro.DeadLetter;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.consume.SinkConsumerSettings;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.TopicRecords;

/**
 * One test's way into the sink on the shared broker: it publishes records whose keys start with {@code run}, runs
 * sinks, and hears what they stored: article ids as they are, incidents as {@link #incidentStored} and
 * {@link #incidentRemoved} say, weekly counts (whose province starts with {@code run}) as {@link #weekStored} and
 * {@link #weekRemoved} say. Records of other tests are stored too, but never heard.
 */
final class SinkHarness {

    static final Duration WAIT = Duration.ofSeconds(60);

    private final String bootstrap;
    private final String run;

    SinkHarness(String bootstrap, String run) {
        this.bootstrap = bootstrap;
        this.run = run;
    }

    static String incidentStored(String id, int reports) {
        return "incident:" + id + "@" + reports;
    }

    static String incidentRemoved(String id) {
        return "removed:" + id;
    }

    static String weekStored(ProvinceWeek week) {
        return "week:" + week.getProvince() + "@" + week.getWeekStart() + "=" + week.getRelevantArticles() + "/"
                + week.getIncidents();
    }

    static String weekRemoved(String key) {
        return "week-removed:" + key;
    }

    /** Runs a sink as {@code group} until it has stored everything expected; returns all it was heard to store. */
    Set<String> consume(Database db, String group, Set<String> expected) throws SQLException {
        Set<String> stored = ConcurrentHashMap.newKeySet();
        try (ArticleStore store = ArticleStore.open(db, Clock.systemUTC()); SinkService sink = sink(store, group, stored)) {
            sink.start();
            Eventually.await(WAIT, () -> stored.containsAll(expected), () -> "stored " + stored);
        }
        return stored;
    }

    SinkService sink(ArticleStore store, String group, Set<String> stored) {
        Map<String, Object> settings = new HashMap<>(SinkConsumerSettings.of(KafkaConnection.to(bootstrap)));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        SinkListener listener = new SinkListener() {
            @Override
            public void stored(EnrichedArticle article) {
                hear(article.getId(), article.getId(), stored);
            }

            @Override
            public void incidentStored(Incident incident) {
                hear(incident.getId(), SinkHarness.incidentStored(incident.getId(), incident.getReportCount()), stored);
            }

            @Override
            public void incidentRemoved(String id) {
                hear(id, SinkHarness.incidentRemoved(id), stored);
            }

            @Override
            public void provinceWeekStored(ProvinceWeek week) {
                hear(week.getProvince(), SinkHarness.weekStored(week), stored);
            }

            @Override
            public void provinceWeekRemoved(String key) {
                hear(key, SinkHarness.weekRemoved(key), stored);
            }
        };
        return new SinkService(new KafkaConsumer<>(settings), producer(), store, group, Clock.systemUTC(), listener);
    }

    private void hear(String key, String event, Set<String> stored) {
        if (key.startsWith(run)) {
            stored.add(event);
        }
    }

    KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(ProducerSettings.durable(KafkaConnection.to(bootstrap), "sink-it"), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    void publish(EnrichedArticle... articles) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (EnrichedArticle a : articles) {
                producer.send(new ProducerRecord<>(Topics.ENRICHED, bytes(a.getId()),
                        ArticleSerdes.enriched().serialize(Topics.ENRICHED, a))).get();
            }
        }
    }

    void publishIncidents(Incident... incidents) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (Incident incident : incidents) {
                producer.send(new ProducerRecord<>(Topics.INCIDENTS, bytes(incident.getId()),
                        ArticleSerdes.incident().serialize(Topics.INCIDENTS, incident))).get();
            }
        }
    }

    void publishWeeks(ProvinceWeek... weeks) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (ProvinceWeek week : weeks) {
                producer.send(new ProducerRecord<>(Topics.PROVINCE_WEEKS, bytes(week.getProvince() + "@" + week.getWeekStart()),
                        ArticleSerdes.provinceWeek().serialize(Topics.PROVINCE_WEEKS, week))).get();
            }
        }
    }

    /** A tombstone on the statistics topic: the province's week counts nothing any more. */
    void publishWeekRemoval(String key) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.PROVINCE_WEEKS, bytes(key), null)).get();
        }
    }

    /** A tombstone: the incident left the register. */
    void publishRemoval(String incidentId) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.INCIDENTS, bytes(incidentId), null)).get();
        }
    }

    DeadLetter deadLetter(String key) {
        return TopicRecords.readUntil(bootstrap, Topics.DEAD_LETTERS, new StringDeserializer(), ArticleSerdes.deadLetter(),
                        seen -> seen.stream().anyMatch(r -> key.equals(r.key())), WAIT)
                .stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow().value();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
