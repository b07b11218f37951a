package org.cpecwatch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cpecwatch.enrich.topology.EnrichStreamsConfig;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.Seeds;
import org.cpecwatch.testkit.TestBroker;
import org.cpecwatch.testkit.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose enriched record would outgrow Kafka's default 1 MiB (before: Streams' producer refused it, the
 * thread died, its replacement met the same article, for ever, and nothing behind it moved) is enriched from its
 * first {@link TextBudget#MAX_CHARS} characters, says so, and the article behind it comes through.
 */
@ExtendWith(KafkaBrokerExtension.class)
class EnrichRecordSizeIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path state;

    @Test
    void shouldCutAnArticleTooLongToEnrichAndLetTheNextOneThrough(TestBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicProvisioner.ensure(admin, Topics.all(), WAIT);
        }
        StringBuilder book = new StringBuilder();
        for (int i = 0; book.length() < 2_000_000; i++) {
            book.append(Seeds.text(Seeds.names().get(i % Seeds.names().size()))).append("\n\nPart ").append(i).append(".\n\n");
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ProducerSettings.durable(KafkaConnection.to(bootstrap), "size-it"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record("huge", book.toString())).get();
            producer.send(record("after", "Chinese engineers were attacked near Dasu in Khyber Pakhtunkhwa, Pakistan.")).get();
        }

        ArticleEnricher enricher = new ArticleEnricher(Clock.systemUTC());
        try (EnrichService service = new EnrichService(EnrichStreamsConfig.of(KafkaConnection.to(bootstrap), state), () -> enricher).start()) {
            List<ConsumerRecord<String, EnrichedArticle>> enriched = TopicRecords.readUntil(bootstrap, Topics.ENRICHED,
                    new StringDeserializer(), ArticleSerdes.enriched(),
                    seen -> seen.stream().anyMatch(r -> "after".equals(r.key())), WAIT);

            EnrichedArticle huge = enriched.stream().filter(r -> "huge".equals(r.key())).findFirst().orElseThrow().value();
            assertEquals(TextBudget.MAX_CHARS + " of " + book.length(), String.valueOf(huge.getMetadata().get(TextBudget.CUT_KEY)));
            assertTrue(huge.getCleanText().length() <= TextBudget.MAX_CHARS);
        }
    }

    private static ProducerRecord<String, byte[]> record(String id, String text) {
        RawArticle article = RawArticle.newBuilder().setId(id).setSourceFile(id + ".txt").setIngestedAt(Instant.now())
                .setSizeBytes(text.length()).setBody(text).build();
        return new ProducerRecord<>(Topics.RAW, id, ArticleSerdes.raw().serialize(Topics.RAW, article));
    }
}
