package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cpecwatch.ingest.ledger.FileLedger;
import org.cpecwatch.ingest.ledger.FileState;
import org.cpecwatch.ingest.ledger.LedgerEntry;
import org.cpecwatch.ingest.read.ArticleId;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.cpecwatch.testkit.TopicRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The ledger as ingest writes it against a real broker: states, partitions and offsets, and copies sent once. */
@ExtendWith(KafkaBrokerExtension.class)
class IngestLedgerIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Topic<String, RawArticle> RAW = Topics.raw();

    @TempDir
    Path root;

    @BeforeAll
    static void createTopics(TestBroker broker) {
        IngestOnBroker.createTopics(broker);
    }

    @Test
    void shouldRecordAPublishedFileAsArchivedWithItsPartitionAndOffset(TestBroker broker) throws Exception {
        IngestConfig config = config();
        String text = "Police escorted Chinese engineers to the Thar coal site " + System.nanoTime();
        Files.createDirectories(config.inbox());
        Files.writeString(config.inbox().resolve("thar.txt"), text);

        try (IngestService ingest = service(broker, config).start()) {
            Eventually.await(WAIT, () -> entries(config).stream().anyMatch(e -> e.state() == FileState.ARCHIVED),
                    () -> "ledger: " + entries(config));
        }

        LedgerEntry entry = entries(config).get(0);
        assertEquals("thar.txt", entry.name());
        assertEquals("text/plain", entry.contentType());
        assertEquals(1, entry.attempts());
        assertTrue(entry.path().startsWith(config.archive().toString()), entry.path());
        LedgerEntry.Article article = entry.articles().get(0);
        assertEquals(ArticleId.of(text), article.hash());
        assertEquals(RAW.name(), article.topic());
        ConsumerRecord<String, RawArticle> record = recordsWithKey(broker, ArticleId.of(text)).get(0);
        assertEquals(record.partition(), article.partition());
        assertEquals(record.offset(), article.offset());
    }

    @Test
    void shouldPublishTheSameArticleDroppedTwiceUnderTwoNamesOnce(TestBroker broker) throws Exception {
        IngestConfig config = config();
        String text = "Gwadar port security was reviewed after an attack on a Chinese convoy " + System.nanoTime();
        Files.createDirectories(config.inbox());
        Files.writeString(config.inbox().resolve("convoy.txt"), text);

        try (IngestService ingest = service(broker, config).start()) {
            Eventually.await(WAIT, () -> files(config.archive()).size() == 1, () -> "archived: " + files(config.archive()));
            // Renamed, with Windows line ends and trailing blanks: the normalised text, and so the key, is the same.
            // Whole at once: with no minimum file age, the watch would otherwise catch the file still empty.
            Path copy = Files.writeString(root.resolve("convoy (saved again).txt"), text + "\r\n\r\n  ");
            Files.move(copy, config.inbox().resolve(copy.getFileName()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Eventually.await(WAIT, () -> files(config.archive()).size() == 2, () -> "archived: " + files(config.archive()));
        }

        List<LedgerEntry> entries = entries(config);
        assertEquals(List.of(FileState.ARCHIVED, FileState.DUPLICATE), entries.stream().map(LedgerEntry::state).toList());
        assertEquals("convoy.txt", entries.get(1).duplicateOf());
        assertEquals(1, recordsWithKey(broker, ArticleId.of(text)).size(), "the copy is never sent");
    }

    @Test
    void shouldSendTwoCopiesDroppedTogetherOnce(TestBroker broker) throws Exception {
        IngestConfig config = config();
        String text = "Chinese nationals in Karachi were advised to limit travel " + System.nanoTime();
        Files.createDirectories(config.inbox());
        Files.writeString(config.inbox().resolve("a.txt"), text);
        Files.writeString(config.inbox().resolve("b.txt"), text);

        try (IngestService ingest = service(broker, config).start()) {
            Eventually.await(WAIT, () -> files(config.archive()).size() == 2, () -> "archived: " + files(config.archive()));
        }

        // Either may go first: the inbox scan does not promise an order.
        assertEquals(List.of(FileState.ARCHIVED, FileState.DUPLICATE),
                entries(config).stream().map(LedgerEntry::state).sorted().toList());
        assertEquals(1, recordsWithKey(broker, ArticleId.of(text)).size());
    }

    @Test
    void shouldRecordWhyAFileFailed(TestBroker broker) throws Exception {
        IngestConfig config = config();
        Files.createDirectories(config.inbox());
        Files.write(config.inbox().resolve("empty.txt"), new byte[0]);

        try (IngestService ingest = service(broker, config).start()) {
            Eventually.await(WAIT, () -> entries(config).stream().anyMatch(e -> e.state() == FileState.FAILED),
                    () -> "ledger: " + entries(config));
        }

        LedgerEntry entry = entries(config).get(0);
        assertEquals("empty file (0 bytes)", entry.lastError());
        assertEquals(config.failed().resolve("empty.txt").toString(), entry.path());
    }

    private IngestConfig config() {
        return IngestConfig.defaults(root.resolve("inbox"), root.resolve("data")).withMinFileAge(Duration.ZERO);
    }

    private static IngestService service(TestBroker broker, IngestConfig config) {
        return IngestOnBroker.service(broker, config, "ingest-ledger-it", IngestListener.NONE);
    }

    private static List<LedgerEntry> entries(IngestConfig config) {
        try (FileLedger ledger = FileLedger.open(config.ledger(), Clock.systemUTC())) {
            return ledger.list(Optional.empty());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything on the topic under this key; the first record is there once the file was archived. */
    private static List<ConsumerRecord<String, RawArticle>> recordsWithKey(TestBroker broker, String key) {
        List<ConsumerRecord<String, RawArticle>> all = TopicRecords.readUntil(broker.bootstrapServers(), RAW.name(),
                new StringDeserializer(), RAW.valueSerde().deserializer(),
                seen -> seen.stream().anyMatch(r -> r.key().equals(key)), WAIT);
        List<ConsumerRecord<String, RawArticle>> matching = all.stream().filter(r -> r.key().equals(key)).toList();
        assertNotNull(matching.isEmpty() ? null : matching.get(0), "record " + key);
        return matching;
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
