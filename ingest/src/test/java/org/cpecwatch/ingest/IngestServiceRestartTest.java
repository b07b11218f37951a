package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cpecwatch.ingest.ledger.FileLedger;
import org.cpecwatch.ingest.ledger.FileState;
import org.cpecwatch.ingest.ledger.LedgerEntry;
import org.cpecwatch.ingest.read.ArticleId;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.testkit.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a restart does with the files a crash left in processing, by what the ledger knows of them. */
class IngestServiceRestartTest {

    private static final String TEXT = "Work on the Karakoram Highway resumed after the landslide.";

    @TempDir
    Path root;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void shouldArchiveWithoutSendingAFileKafkaAcknowledgedBeforeTheCrash() throws Exception {
        IngestConfig config = config();
        Path left = leftInProcessing(config, true);

        List<String> sent = restart(config);

        assertEquals(List.of(), sent, "acknowledged before the crash: not sent again");
        assertEquals(1, archived(config), "archived");
        assertEquals(FileState.ARCHIVED, entry(config).state());
        assertTrue(Files.notExists(left));
    }

    @Test
    void shouldSendAgainUnderTheSameKeyAFileWhoseAcknowledgementNeverArrived() throws Exception {
        IngestConfig config = config();
        leftInProcessing(config, false);

        List<String> sent = restart(config);

        assertEquals(List.of(ArticleId.of(TEXT)), sent);
        assertEquals(1, archived(config));
        assertEquals(FileState.ARCHIVED, entry(config).state());
    }

    private IngestConfig config() {
        return IngestConfig.defaults(root.resolve("inbox"), root.resolve("data")).withMinFileAge(Duration.ZERO);
    }

    /** The ledger and folders as a kill -9 leaves them: the file in processing, its keys recorded as sent. */
    private Path leftInProcessing(IngestConfig config, boolean acknowledged) throws IOException, SQLException {
        Path file = Files.writeString(Files.createDirectories(config.processing()).resolve("left.txt"), TEXT);
        try (FileLedger ledger = FileLedger.open(config.ledger(), clock)) {
            long id = ledger.discovered("left.txt", config.inbox().resolve("left.txt"), Files.size(file));
            ledger.claimed(id, file);
            ledger.sending(id, "text/plain", "UTF-8", List.of(new LedgerEntry.Article(null, ArticleId.of(TEXT), null, null, null)));
            if (acknowledged) {
                ledger.published(id, ArticleId.of(TEXT), null, "articles.raw", 0, 41);
            }
        }
        return file;
    }

    private List<String> restart(IngestConfig config) {
        MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
                (topic, article) -> new byte[0]);
        try (IngestService service = new IngestService(config, producer, "articles.raw", clock, IngestListener.NONE)) {
            service.pollOnce();
        }
        return producer.history().stream().map(r -> r.key()).toList();
    }

    private LedgerEntry entry(IngestConfig config) throws SQLException {
        try (FileLedger ledger = FileLedger.open(config.ledger(), clock)) {
            return ledger.list(Optional.empty()).get(0);
        }
    }

    private static long archived(IngestConfig config) throws IOException {
        try (Stream<Path> files = Files.walk(config.archive())) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
