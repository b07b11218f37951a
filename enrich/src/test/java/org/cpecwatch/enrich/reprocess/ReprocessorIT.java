package org.cpecwatch.enrich.reprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.relevance.RulesetLoader;
import org.cpecwatch.schemas.avro.DeadLetter;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
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

@ExtendWith(KafkaBrokerExtension.class)
class ReprocessorIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void shouldReEnrichEveryRawArticleWithTheNewRulesAndDeadLetterThePoison(TestBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicProvisioner.ensure(admin, Topics.all(), WAIT);
        }
        String run = "reprocess-" + UUID.randomUUID();
        List<String> ids = List.of(run + "-a", run + "-b", run + "-c");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ProducerSettings.durable(KafkaConnection.to(bootstrap), run),
                new StringSerializer(), new ByteArraySerializer())) {
            for (String id : ids) {
                producer.send(new ProducerRecord<>(Topics.RAW, id, ArticleSerdes.raw().serialize(Topics.RAW, article(id)))).get();
            }
            producer.send(new ProducerRecord<>(Topics.RAW, run + "-poison", "not avro".getBytes(StandardCharsets.UTF_8))).get();
        }
        ArticleEnricher newRules = new ArticleEnricher(Clock.systemUTC(), rulesetVersioned(run), Gazetteer.shipped());
        List<long[]> progress = new ArrayList<>();

        Reprocessor.Outcome outcome;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(ProducerSettings.durable(KafkaConnection.to(bootstrap), run + "-out"),
                     new ByteArraySerializer(), new ByteArraySerializer())) {
            outcome = new Reprocessor(consumer, producer, () -> newRules, Clock.systemUTC(), Topics.ENRICHED)
                    .run((done, total) -> progress.add(new long[] {done, total}));
        }

        assertTrue(outcome.enriched() >= ids.size(), "every raw article, including those of other tests: " + outcome);
        assertTrue(outcome.deadLettered() >= 1, outcome.toString());
        long[] last = progress.get(progress.size() - 1);
        assertEquals(last[1], last[0], "progress reaches the total");
        assertEquals(outcome.enriched() + outcome.deadLettered(), last[1]);
        List<ConsumerRecord<String, EnrichedArticle>> enriched = TopicRecords.readUntil(bootstrap, Topics.ENRICHED,
                new StringDeserializer(), ArticleSerdes.enriched(),
                seen -> ids.stream().allMatch(id -> seen.stream().anyMatch(r -> id.equals(r.key()))), WAIT);
        for (String id : ids) {
            EnrichedArticle out = enriched.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value();
            assertTrue(out.getRelevance().getRulesetVersion().startsWith(run + "+lr-"), id);
        }
        List<ConsumerRecord<String, DeadLetter>> letters = TopicRecords.readUntil(bootstrap, Topics.DEAD_LETTERS,
                new StringDeserializer(), ArticleSerdes.deadLetter(),
                seen -> seen.stream().anyMatch(r -> (run + "-poison").equals(r.key())), WAIT);
        DeadLetter letter = letters.stream().filter(r -> (run + "-poison").equals(r.key())).findFirst().orElseThrow().value();
        assertEquals(Reprocessor.STAGE, letter.getStage());
        assertEquals("not avro", StandardCharsets.UTF_8.decode(letter.getOriginalValue()).toString());
    }

    private static RawArticle article(String id) {
        String text = "Chinese engineers were attacked near Dasu in Khyber Pakhtunkhwa, Pakistan; security was raised.";
        return RawArticle.newBuilder().setId(id).setSourceFile(id + ".txt").setIngestedAt(Instant.now())
                .setSizeBytes(text.length()).setBody(text).build();
    }

    private static org.cpecwatch.enrich.relevance.Ruleset rulesetVersioned(String version) {
        String yaml = RulesetLoader.shippedText().replaceFirst("(?m)^version: .*$", "version: " + version);
        return RulesetLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
