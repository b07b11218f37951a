package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.cpecwatch.broker.EmbeddedKafkaBroker;
import org.cpecwatch.ingest.ledger.FileLedger;
import org.cpecwatch.ingest.ledger.LedgerEntry;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kafka away is not the files' fault: they wait in the inbox, nothing fails, and all flow once Kafka is there. */
class IngestBrokerOutageIT {

    private static final Topic<String, RawArticle> RAW = Topics.raw();
    private static final String HOST = "127.0.0.1";

    @TempDir
    Path root;

    @Test
    void shouldKeepFilesInTheInboxWhileKafkaIsUnreachableAndPublishThemWhenItComesBack() throws Exception {
        IngestConfig config = IngestConfig.defaults(root.resolve("inbox"), root.resolve("data")).withMinFileAge(Duration.ZERO);
        Files.createDirectories(config.inbox());
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.writeString(config.inbox().resolve(name), "Convoy security in Gwadar, report " + name + " " + System.nanoTime());
        }
        int port = freePort();
        KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                IngestProducer.settings(KafkaConnection.to(HOST + ":" + port), "ingest-outage-it"),
                RAW.keySerde().serializer(), RAW.valueSerde().serializer());

        try (IngestService ingest = new IngestService(config, producer, RAW.name(), Clock.systemUTC(), IngestListener.NONE).start()) {
            // Long enough for the first send to give up (max.block.ms) and for a retry or two with backoff.
            Thread.sleep(IngestProducer.MAX_BLOCK_MS + 3_000);
            assertEquals(List.of(), files(config.failed()), "an outage is not the files' fault");
            assertEquals(List.of(), files(config.archive()));
            assertTrue(files(config.processing()).size() <= 1, "at most one claimed: " + files(config.processing()));
            assertEquals(3 - files(config.processing()).size(), files(config.inbox()).size(),
                    "the others wait in the inbox: " + files(config.inbox()));

            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(root.resolve("kafka"), port);
                 Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                TopicProvisioner.ensure(admin, Topics.all(), Duration.ofSeconds(30));
                Eventually.await(Duration.ofSeconds(60), () -> files(config.archive()).size() == 3,
                        () -> "archived " + files(config.archive()) + ", inbox " + files(config.inbox())
                                + ", processing " + files(config.processing()));
            }
        }

        assertEquals(List.of(), files(config.failed()));
        List<LedgerEntry> entries = entries(config);
        assertTrue(entries.stream().anyMatch(e -> e.attempts() > 1), "the first file was retried: " + entries);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        }
    }

    private static List<LedgerEntry> entries(IngestConfig config) throws SQLException {
        try (FileLedger ledger = FileLedger.open(config.ledger(), Clock.systemUTC())) {
            return ledger.list(Optional.empty());
        }
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
