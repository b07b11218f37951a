package org.cpecwatch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.cpecwatch.enrich.register.SeedMentions;
import org.cpecwatch.enrich.topology.EnrichStreamsConfig;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TempFolders;
import org.cpecwatch.testkit.TestBroker;
import org.cpecwatch.testkit.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register survives the loss of the application's disk: stores come back from their changelogs, so a report
 * arriving after the restart joins the incident it belongs to. The articles' mentions are put in by hand in front of
 * the real enricher, as the extractor is to read them from these texts, so the test proves the restore and not the
 * extractor's reading.
 */
@ExtendWith(KafkaBrokerExtension.class)
class IncidentRegisterRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String WEEK = "Sindh@2024-10-07";

    @TempDir
    Path temp;

    @Test
    void shouldRestoreTheRegisterFromItsChangelogsAfterTheStateDirectoryIsLost(TestBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicProvisioner.ensure(admin, Topics.all(), WAIT);
        }
        String run = "register-it-" + UUID.randomUUID();
        String first = run + "-1";
        String second = run + "-2";
        String third = run + "-3";
        Map<String, IncidentMention> mentions = Map.of(
                first, SeedMentions.site("SUICIDE_ATTACK", SeedMentions.AIRPORT, "2024-10-06", "DAY").setKilled(2)
                        .setPerpetrator(SeedMentions.BLA).setClaimed(true).build(),
                second, SeedMentions.airport("BOMBING").setKilled(2).build(),
                third, SeedMentions.airport("BOMBING").setKilled(2).build());
        ArticleEnricher real = new ArticleEnricher(Clock.systemUTC());
        Enrichment withMentions = raw -> {
            EnrichedArticle out = real.enrich(raw);
            if (mentions.containsKey(raw.getId())) {
                out.setIncidents(List.of(mentions.get(raw.getId())));
            }
            return out;
        };
        Path stateDir = temp.resolve("state");
        // Its own application id: other ITs share the broker, and this one must start from empty changelogs.
        Properties config = EnrichStreamsConfig.of(KafkaConnection.to(bootstrap), stateDir);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, run);

        produce(bootstrap, article(first, "2024-10-07", "A suicide bomber killed two Chinese engineers near Karachi "
                + "airport on Sunday night, October 6, 2024. The Balochistan Liberation Army claimed responsibility. "
                + "The engineers worked on a China-Pakistan Economic Corridor (CPEC) power project."));
        produce(bootstrap, article(second, "2024-10-08", "Two Chinese nationals working on CPEC projects died in the "
                + "bombing outside Jinnah International Airport in Karachi this month."));
        String id;
        try (EnrichService service = new EnrichService(config, () -> withMentions).start()) {
            // Raw articles lie in three partitions: either may be read first and found the incident.
            Incident merged = awaitIncident(bootstrap, i -> i.getArticleIds().containsAll(List.of(first, second)));
            id = merged.getId();
            assertEquals(2, merged.getReportCount());
            awaitRelevantArticles(service, 2);
        }

        TempFolders.deleteQuietly(stateDir);
        assertFalse(Files.exists(stateDir), "the state directory is gone");
        produce(bootstrap, article(third, "2024-10-10", "China demanded its own security for Chinese workers in "
                + "Pakistan after the car bombing at Karachi airport killed two Chinese engineers of a CPEC project."));

        try (EnrichService restarted = new EnrichService(config, () -> withMentions).start()) {
            Incident grown = awaitIncident(bootstrap, i -> i.getArticleIds().contains(third));
            assertEquals(id, grown.getId(), "the third report joined the restored incident");
            assertEquals(3, grown.getReportCount());
            assertEquals(Set.of(first, second, third), Set.copyOf(grown.getArticleIds()));
            assertEquals("2024-10-06", grown.getDate());
            awaitRelevantArticles(restarted, 3);
        }
    }

    /** The newest version of the incident the predicate picks, from the compacted topic as any reader sees it. */
    private static Incident awaitIncident(String bootstrap, Predicate<Incident> wanted) {
        Predicate<ConsumerRecord<String, Incident>> matches = r -> r.value() != null && wanted.test(r.value());
        List<ConsumerRecord<String, Incident>> seen = TopicRecords.readUntil(bootstrap, Topics.INCIDENTS,
                new StringDeserializer(), ArticleSerdes.incident(), records -> records.stream().anyMatch(matches), WAIT);
        return seen.stream().filter(matches).max(Comparator.comparingLong(ConsumerRecord::offset)).orElseThrow().value();
    }

    /** All three articles were published in the week of 7 October and name Karachi: the stats store counts them. */
    private static void awaitRelevantArticles(EnrichService service, long expected) {
        Eventually.await(WAIT, () -> relevantArticles(service) == expected,
                () -> WEEK + " counts " + relevantArticles(service) + " relevant articles, expected " + expected);
    }

    private static long relevantArticles(EnrichService service) {
        try {
            return service.provinceWeeks().stream().filter(w -> (w.getProvince() + "@" + w.getWeekStart()).equals(WEEK))
                    .mapToLong(ProvinceWeek::getRelevantArticles).sum();
        } catch (InvalidStateStoreException restoringOrRebalancing) {
            return -1;
        }
    }

    private static RawArticle article(String id, String published, String text) {
        return RawArticle.newBuilder().setId(id).setSourceFile(id + ".txt").setIngestedAt(Instant.now())
                .setSizeBytes(text.length()).setBody(text).setMetadata(Map.of("date", published)).build();
    }

    private static void produce(String bootstrap, RawArticle article) throws Exception {
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(ProducerSettings.durable(KafkaConnection.to(bootstrap),
                article.getId()), new StringSerializer(), ArticleSerdes.raw())) {
            producer.send(new ProducerRecord<>(Topics.RAW, article.getId(), article)).get();
        }
    }
}
