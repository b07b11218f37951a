package org.cpecwatch.ingest.read.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.IngestListener;
import org.cpecwatch.ingest.IngestService;
import org.cpecwatch.ingest.files.FailedFolder;
import org.cpecwatch.ingest.files.FailureNote;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.cpecwatch.testkit.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every format a user drops, from the inbox to articles.raw on a real broker, with its text and metadata. */
@ExtendWith(KafkaBrokerExtension.class)
class IngestFormatsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Topic<String, RawArticle> RAW = Topics.raw();
    private static final List<String> FIXTURES = List.of("header-lines.txt", "front-matter.md", "latin1.html",
            "mail.eml", "note.rtf", "article.json", "export.jsonl");

    @TempDir
    Path root;

    private final String run = "formats-" + System.nanoTime() + "-";

    @Test
    void shouldPublishEveryFormatWithItsTextAndMetadata(TestBroker broker) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicProvisioner.ensure(admin, Topics.all(), WAIT);
        }
        IngestConfig config = IngestConfig.defaults(root.resolve("inbox"), root.resolve("data")).withMinFileAge(Duration.ZERO);
        Files.createDirectories(config.inbox());
        for (String fixture : FIXTURES) {
            try (InputStream in = getClass().getResourceAsStream("/formats/" + fixture)) {
                Files.copy(in, config.inbox().resolve(run + fixture));
            }
        }
        Files.write(config.inbox().resolve(run + "report.pdf"), TestDocuments.pdf("Gwadar report", "Patrols were doubled in Gwadar."));
        Files.write(config.inbox().resolve(run + "memo.docx"), TestDocuments.docx("Dasu memo", "Escorts now guard the Dasu convoy."));
        Files.write(config.inbox().resolve(run + "brief.odt"), TestDocuments.odt("Thar brief", "Checkpoints ring the Thar coal site."));
        int files = FIXTURES.size() + 3;

        KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                ProducerSettings.durable(KafkaConnection.to(broker.bootstrapServers()), "ingest-formats-it"),
                RAW.keySerde().serializer(), RAW.valueSerde().serializer());
        try (IngestService ingest = new IngestService(config, producer, RAW.name(), Clock.systemUTC(), IngestListener.NONE).start()) {
            Eventually.await(WAIT, () -> count(config.archive()) == files, () -> "archived " + count(config.archive()));
        }

        Map<String, List<RawArticle>> bySource = read(broker).stream()
                .collect(Collectors.groupingBy(a -> a.getSourceFile().toString().substring(run.length())));
        assertBody(bySource, "header-lines.txt", "Angry officials said the convoy was hit on Monday.");
        assertEquals("Attack near Gwadar port", one(bySource, "header-lines.txt").getTitle());
        assertEquals("https://example.org/gwadar", one(bySource, "header-lines.txt").getMetadata().get("url"));
        assertBody(bySource, "front-matter.md", "Five Chinese engineers died in Besham.");
        assertEquals("2024-03-26", one(bySource, "front-matter.md").getMetadata().get("date"));
        assertBody(bySource, "latin1.html", "The café near the consulate reopened on Tuesday");
        assertEquals("ISO-8859-1", one(bySource, "latin1.html").getCharset());
        assertBody(bySource, "mail.eml", "A blast outside Karachi airport killed two Chinese nationals");
        assertBody(bySource, "note.rtf", "Security was raised at Gwadar port after the attack.");
        assertBody(bySource, "article.json", "Nine Chinese workers were killed at Dasu.");
        assertEquals("Dasu bus attack", one(bySource, "article.json").getTitle());
        assertBody(bySource, "report.pdf", "Patrols were doubled in Gwadar.");
        assertBody(bySource, "memo.docx", "Escorts now guard the Dasu convoy.");
        assertBody(bySource, "brief.odt", "Checkpoints ring the Thar coal site.");
        List<RawArticle> lines = bySource.get("export.jsonl");
        assertEquals(List.of(1, 4), lines.stream().map(RawArticle::getLineNumber).sorted().toList(), "the good lines");
        assertEquals(List.of(2), FailedFolder.readSidecar(config.failed().resolve(run + "export.jsonl")).badLines().stream()
                .map(FailureNote.BadLine::line).toList(), "the bad line is noted in failed");
        Map<String, String> types = bySource.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0).getContentType().toString()));
        assertEquals("application/pdf", types.get("report.pdf"));
        assertEquals("message/rfc822", types.get("mail.eml"));
        assertEquals("text/html", types.get("latin1.html"));
    }

    /** Every article of this test's files: the run's prefix keeps other tests' records out. */
    private List<RawArticle> read(TestBroker broker) {
        List<String> names = Stream.concat(FIXTURES.stream(), Stream.of("report.pdf", "memo.docx", "brief.odt"))
                .map(name -> run + name).toList();
        Function<List<ConsumerRecord<String, RawArticle>>, List<RawArticle>> ours = seen -> seen.stream()
                .map(ConsumerRecord::value).filter(a -> names.contains(a.getSourceFile().toString())).toList();
        List<ConsumerRecord<String, RawArticle>> records = TopicRecords.readUntil(broker.bootstrapServers(), RAW.name(),
                new StringDeserializer(), RAW.valueSerde().deserializer(),
                seen -> ours.apply(seen).stream().map(a -> a.getSourceFile().toString()).distinct().count() == names.size()
                        && ours.apply(seen).size() >= names.size() + 1, WAIT);
        return ours.apply(records);
    }

    private static RawArticle one(Map<String, List<RawArticle>> bySource, String file) {
        List<RawArticle> articles = bySource.get(file);
        assertTrue(articles != null && !articles.isEmpty(), "nothing published for " + file + "; got " + bySource.keySet());
        return articles.get(articles.size() - 1);
    }

    private static void assertBody(Map<String, List<RawArticle>> bySource, String file, String expected) {
        String body = one(bySource, file).getBody().toString();
        assertTrue(body.contains(expected), file + " body: " + body);
    }

    private static long count(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
