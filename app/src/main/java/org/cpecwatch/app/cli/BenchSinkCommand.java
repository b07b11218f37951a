package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.sink.SinkListener;
import org.cpecwatch.sink.SinkService;
import org.cpecwatch.sink.consume.SinkConsumerSettings;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Benchmark: rows/s the sink upserts from articles.enriched into a database (a new embedded "
                + "broker and, by default, a new SQLite file in a temporary folder).")
final class BenchSinkCommand implements Callable<Integer> {

    private static final String[] WORDS = ("security chinese engineers workers nationals convoy attack blast suicide "
            + "bomber police officials province district karachi gwadar quetta balochistan sindh punjab islamabad dasu "
            + "besham kohistan project corridor cpec port highway power plant dam tunnel investment loan trade minister "
            + "embassy ambassador condemned claimed responsibility militants group liberation army killed injured "
            + "hospital investigation arrested suspects court hearing threat extortion kidnapped protection force "
            + "special unit division checkpoint patrol deployed measures meeting agreed cooperation safety personnel "
            + "institutions diplomatic pressure foreign office spokesperson statement reported according sources said "
            + "on the in of and to a was were for with by at from after before during against near between").split(" ");

    /** About 5 KB of varied prose, so compression and text indexing cost what real articles cost. */
    static String text(java.util.Random random) {
        StringBuilder text = new StringBuilder(5200);
        while (text.length() < 5000) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString();
    }

    @Option(names = "--db", paramLabel = "URL", description = "Database to fill (default: a new SQLite file).")
    String db;

    @Option(names = "--articles", defaultValue = "20000", paramLabel = "N", description = "Articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("cpecwatch-bench-sink");
        Database database = db == null ? Database.sqlite(folder.resolve("bench.db")) : Database.of(db);
        String run = "bench-" + System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(folder.resolve("kafka"), 0)) {
            KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
            TopicSetup.ensure(kafka);
            publish(kafka, run);
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
                    if (!stored.await(10, TimeUnit.MINUTES)) {
                        throw new UserError("the sink stored only " + (articles - stored.getCount()) + " articles in 10 minutes");
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "sink into %s: %d articles (5 KB text, 2 categories, 3 entities each) in %.2f s = %.0f rows/s%n",
                        database.dialect().name(), articles, seconds, articles / seconds);
                out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s; %d writer connection(s)%n",
                        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                                + System.getProperty("os.arch"), System.getProperty("java.version"), stores.size());
            } finally {
                for (ArticleStore store : stores) {
                    store.close();
                }
            }
        } finally {
            Folders.deleteQuietly(folder);
        }
        out.flush();
        return 0;
    }

    private void publish(KafkaConnection kafka, String run) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(ProducerSettings.durable(kafka, run),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> sends = new ArrayList<>();
            java.util.Random random = new java.util.Random(42);
            for (int i = 0; i < articles; i++) {
                EnrichedArticle a = article(run + "-" + i, i, text(random));
                sends.add(producer.send(new ProducerRecord<>(Topics.ENRICHED, a.getId().getBytes(StandardCharsets.UTF_8),
                        ArticleSerdes.enriched().serialize(Topics.ENRICHED, a))));
            }
            for (var send : sends) {
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
