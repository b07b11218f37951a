package org.cpecwatch.app.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.cpecwatch.app.data.Folders;
import org.cpecwatch.app.pipeline.TopicSetup;
import org.cpecwatch.broker.EmbeddedKafkaBroker;
import org.cpecwatch.schemas.avro.Category;
import org.cpecwatch.schemas.avro.CategoryTag;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.avro.Span;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.SinkListener;
import org.cpecwatch.sink.SinkService;
import org.cpecwatch.sink.consume.SinkConsumerSettings;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;

/**
 * Rows per second the sink upserts from {@code articles.enriched} into a database, on a new embedded broker: the
 * articles (5 KB of text, 2 categories, 3 entities each) are published first, then the sink's run is timed.
 */
public final class SinkBench {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    /** One measured run: the database's dialect, seconds taken and the writer connections used. */
    public record Run(String dialect, double seconds, int writers) {
    }

    private SinkBench() {
    }

    /** @param database null: a new SQLite file in the temporary folder */
    public static Run run(Database database, int articles) throws Exception {
        Path folder = Files.createTempDirectory("cpecwatch-bench-sink");
        Database target = database == null ? Database.sqlite(folder.resolve("bench.db")) : database;
        String run = "bench-" + System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(folder.resolve("kafka"), 0)) {
            KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
            TopicSetup.ensure(kafka);
            publish(kafka, run, articles);
            return store(kafka, target, run, articles);
        } finally {
            Folders.deleteQuietly(folder);
        }
    }

    private static Run store(KafkaConnection kafka, Database database, String run, int articles) throws Exception {
        CountDownLatch stored = new CountDownLatch(articles);
        SinkListener counter = new SinkListener() {
            @Override
            public void stored(EnrichedArticle article) {
                stored.countDown();
            }
        };
        Map<String, Object> settings = new HashMap<>(SinkConsumerSettings.of(kafka));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, run);
        List<ArticleStore> stores = ArticleStore.openWriters(database, Clock.systemUTC(), Duration.ZERO);
        try (KafkaProducer<byte[], byte[]> letters = new KafkaProducer<>(ProducerSettings.durable(kafka, run),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            try (SinkService sink = new SinkService(new KafkaConsumer<>(settings), letters, stores, run,
                    Clock.systemUTC(), counter).start()) {
                if (!stored.await(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the sink stored only " + (articles - stored.getCount())
                            + " articles in " + LIMIT.toMinutes() + " minutes");
                }
            }
            return new Run(database.dialect().name(), (System.nanoTime() - start) / 1e9, stores.size());
        } finally {
            for (ArticleStore store : stores) {
                store.close();
            }
        }
    }

    private static void publish(KafkaConnection kafka, String run, int articles) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(ProducerSettings.durable(kafka, run),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<?>> sends = new ArrayList<>();
            Random random = new Random(42);
            for (int i = 0; i < articles; i++) {
                EnrichedArticle a = article(run + "-" + i, i, SyntheticText.of(random));
                sends.add(producer.send(new ProducerRecord<>(Topics.ENRICHED, a.getId().getBytes(StandardCharsets.UTF_8),
                        ArticleSerdes.enriched().serialize(Topics.ENRICHED, a))));
            }
            for (Future<?> send : sends) {
                send.get();
            }
        }
    }

    private static EnrichedArticle article(String id, int i, String text) {
        Span span = new Span(0, 7, "Chinese");
        return EnrichedArticle.newBuilder().setId(id).setSourceFile(i + ".txt").setIngestedAt(Instant.now())
                .setEnrichedAt(Instant.now()).setTitle("Article " + i).setPublishedDate("2024-10-07")
                .setCleanText(text)
                .setRelevance(Relevance.newBuilder().setScore(0.8).setLabel(RelevanceLabel.RELEVANT)
                        .setRulesetVersion("bench").build())
                .setCategories(List.of(new CategoryTag(Category.ATTACK, List.of(span)),
                        new CategoryTag(Category.SECURITY_MEASURES, List.of(span))))
                .setEntities(List.of(new Entity("PLACE", "Gwadar", Map.of("province", "Balochistan"), List.of(span)),
                        new Entity("PLACE", "Karachi", Map.of("province", "Sindh"), List.of(span)),
                        new Entity("MILITANT_GROUP", "BLA", Map.of(), List.of(span))))
                .build();
    }
}
