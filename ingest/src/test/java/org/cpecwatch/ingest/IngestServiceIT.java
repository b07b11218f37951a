package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cpecwatch.ingest.files.FailedFolder;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.ArticleId;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.Seeds;
import org.cpecwatch.testkit.TestBroker;
import org.cpecwatch.testkit.TopicRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaBrokerExtension.class)
class IngestServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Topic<String, RawArticle> RAW = Topics.raw();

    @TempDir
    Path root;

    @BeforeAll
    static void createTopics(TestBroker broker) {
        IngestOnBroker.createTopics(broker);
    }

    @Test
    void shouldPublishEverySeedAndArchiveItAfterTheAcknowledgement(TestBroker broker) {
        IngestConfig config = config();
        Seeds.copyTo(config.inbox());
        // The key is the hash of the text ingest extracts: header lines such as " date 2022-12-21" are metadata.
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.DEFAULT_MAX_FILE_BYTES);
        Set<String> ids = Seeds.names().stream()
                .map(n -> ((ReadOutcome.Articles) reader.read(config.inbox().resolve(n), n)).articles().get(0).body())
                .map(ArticleId::of).collect(Collectors.toSet());

        try (IngestService ingest = service(broker.bootstrapServers(), config).start()) {
            Eventually.await(WAIT, () -> files(config.archive()).size() == 5, () -> "archived: " + files(config.archive()));
        }

        List<ConsumerRecord<String, RawArticle>> records = readRaw(broker, ids);
        Map<String, RawArticle> byKey = new HashMap<>();
        records.stream().filter(r -> ids.contains(r.key())).forEach(r -> byKey.put(r.key(), r.value()));
        assertEquals(ids, byKey.keySet());
        byKey.forEach((key, article) -> assertEquals(key, article.getId()));
        assertTrue(files(config.inbox()).isEmpty(), "inbox emptied");
        assertTrue(files(config.processing()).isEmpty(), "nothing left in processing");
    }

    @Test
    void shouldRepublishWhatACrashLeftInProcessing(TestBroker broker) throws IOException {
        IngestConfig config = config();
        Files.createDirectories(config.processing());
        String text = "Security for Chinese engineers at Dasu was raised after a crash test " + System.nanoTime();
        Files.writeString(config.processing().resolve("left-over.txt"), text);

        try (IngestService ingest = service(broker.bootstrapServers(), config).start()) {
            Eventually.await(WAIT, () -> files(config.archive()).size() == 1, () -> "archived: " + files(config.archive()));
        }

        List<ConsumerRecord<String, RawArticle>> records = readRaw(broker, Set.of(ArticleId.of(text)));
        assertTrue(records.stream().anyMatch(r -> r.key().equals(ArticleId.of(text))
                && r.value().getSourceFile().equals("left-over.txt")));
    }

    @Test
    void shouldQuarantineUnreadableFilesWithReasonAndKeepGoing(TestBroker broker) throws IOException {
        IngestConfig config = config();
        Files.createDirectories(config.inbox());
        Files.write(config.inbox().resolve("empty.txt"), new byte[0]);
        Files.write(config.inbox().resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Files.writeString(config.inbox().resolve("good.txt"), "Chinese nationals in Karachi " + System.nanoTime());

        try (IngestService ingest = service(broker.bootstrapServers(), config).start()) {
            Eventually.await(WAIT, () -> files(config.archive()).size() == 1 && files(config.failed()).size() == 4,
                    () -> "archived " + files(config.archive()) + ", failed " + files(config.failed()));
        }

        assertEquals("empty file (0 bytes)", FailedFolder.readSidecar(config.failed().resolve("empty.txt")).reason());
        assertTrue(FailedFolder.readSidecar(config.failed().resolve("image.txt")).reason().contains("binary content"));
    }

    @Test
    void shouldKeepFileInProcessingWhileBrokerIsUnreachable() {
        IngestConfig config = config();
        Seeds.copyTo(config.inbox());
        Map<String, Object> settings = new HashMap<>(ProducerSettings.durable(KafkaConnection.to("127.0.0.1:1"), "ingest-it-down"));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 500);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 500);
        KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(settings,
                RAW.keySerde().serializer(), RAW.valueSerde().serializer());
        IngestService ingest = new IngestService(config, producer, RAW.name(), Clock.systemUTC(), IngestListener.NONE);

        ingest.pollOnce();
        ingest.close();

        // The first send finds Kafka away: that file waits in processing, the others are not claimed at all.
        assertEquals(1, files(config.processing()).size(), "claimed files wait in processing: " + files(config.processing()));
        assertEquals(4, files(config.inbox()).size(), "the rest wait in the inbox: " + files(config.inbox()));
        assertTrue(files(config.archive()).isEmpty(), "nothing archived without an acknowledgement");
        assertTrue(files(config.failed()).isEmpty(), "an outage is not the file's fault");
    }

    private IngestConfig config() {
        return IngestConfig.defaults(root.resolve("inbox"), root.resolve("data")).withMinFileAge(Duration.ZERO);
    }

    private static IngestService service(String bootstrap, IngestConfig config) {
        KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(ProducerSettings.durable(KafkaConnection.to(bootstrap), "ingest-it"),
                RAW.keySerde().serializer(), RAW.valueSerde().serializer());
        return new IngestService(config, producer, RAW.name(), Clock.systemUTC(), IngestListener.NONE);
    }

    private static List<ConsumerRecord<String, RawArticle>> readRaw(TestBroker broker, Set<String> ids) {
        return TopicRecords.readUntil(broker.bootstrapServers(), RAW.name(), new StringDeserializer(),
                RAW.valueSerde().deserializer(),
                seen -> seen.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids), WAIT);
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
