package org.cpecwatch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
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
import org.cpecwatch.schemas.avro.DeadLetter;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.cpecwatch.testkit.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaBrokerExtension.class)
class EnrichServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path state;

    @Test
    void shouldEnrichExactlyOnceAndDeadLetterPoisonRecordsOnARealBroker(TestBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicProvisioner.ensure(admin, Topics.all(), WAIT);
        }
        String text = "Chinese engineers were attacked near Dasu in Khyber Pakhtunkhwa, Pakistan; security was raised.";
        RawArticle article = RawArticle.newBuilder().setId("enrich-it").setSourceFile("a.txt")
                .setIngestedAt(Instant.now()).setSizeBytes(text.length()).setBody(text).build();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ProducerSettings.durable(KafkaConnection.to(bootstrap), "enrich-it"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, "enrich-it-poison", "not avro".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.RAW, "enrich-it", ArticleSerdes.raw().serialize(Topics.RAW, article))).get();
        }

        ArticleEnricher enricher = new ArticleEnricher(Clock.systemUTC());
        try (EnrichService service = new EnrichService(EnrichStreamsConfig.of(KafkaConnection.to(bootstrap), state), () -> enricher).start()) {
            List<ConsumerRecord<String, EnrichedArticle>> enriched = TopicRecords.readUntil(bootstrap, Topics.ENRICHED,
                    new StringDeserializer(), ArticleSerdes.enriched(),
                    seen -> seen.stream().anyMatch(r -> "enrich-it".equals(r.key())), WAIT);
            List<ConsumerRecord<String, DeadLetter>> letters = TopicRecords.readUntil(bootstrap, Topics.DEAD_LETTERS,
                    new StringDeserializer(), ArticleSerdes.deadLetter(),
                    seen -> seen.stream().anyMatch(r -> "enrich-it-poison".equals(r.key())), WAIT);

            EnrichedArticle out = enriched.stream().filter(r -> "enrich-it".equals(r.key())).findFirst().orElseThrow().value();
            assertEquals(RelevanceLabel.RELEVANT, out.getRelevance().getLabel());
            assertEquals(1, enriched.stream().filter(r -> "enrich-it".equals(r.key())).count(), "exactly once");
            DeadLetter letter = letters.stream().filter(r -> "enrich-it-poison".equals(r.key())).findFirst().orElseThrow().value();
            assertEquals("not avro", StandardCharsets.UTF_8.decode(letter.getOriginalValue()).toString());
        }
    }
}
