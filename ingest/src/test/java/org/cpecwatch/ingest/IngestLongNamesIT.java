package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.cpecwatch.ingest.files.FailedFolder;
import org.cpecwatch.ingest.files.FailureNote;
import org.cpecwatch.ingest.ledger.FileLedger;
import org.cpecwatch.ingest.ledger.FileState;
import org.cpecwatch.ingest.ledger.LedgerEntry;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names at the file system's 255-byte limit: a failed one still gets its note and its FAILED entry, and an archive
 * clash still finds a free name. Before, both stayed unsettled and were retried every 5 s for ever.
 */
@ExtendWith(KafkaBrokerExtension.class)
class IngestLongNamesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final DateTimeFormatter DAY_FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @TempDir
    Path root;

    @BeforeAll
    static void createTopics(TestBroker broker) {
        IngestOnBroker.createTopics(broker);
    }

    @Test
    void shouldFailA255ByteNameWithItsNoteAndSettleIt(TestBroker broker) throws Exception {
        IngestConfig config = config();
        String name = "中".repeat(83) + "ab.txt";
        assertEquals(255, name.getBytes(StandardCharsets.UTF_8).length);
        Files.createDirectories(config.inbox());
        Files.write(config.inbox().resolve(name), new byte[0]);

        try (IngestService ingest = service(broker, config).start()) {
            Eventually.await(WAIT, () -> state(config, name).equals(Optional.of(FileState.FAILED)),
                    () -> "ledger: " + state(config, name) + ", failed/: " + list(config.failed()));
        }

        FailureNote note = FailedFolder.readSidecar(config.failed().resolve(name));
        assertEquals(name, note.originalName());
        assertEquals("empty file (0 bytes)", note.reason());
    }

    @Test
    void shouldArchiveA252ByteNameThatClashesInTheArchive(TestBroker broker) throws Exception {
        IngestConfig config = config();
        String name = "گوادر-".repeat(22) + "x".repeat(6) + ".txt";
        assertEquals(252, name.getBytes(StandardCharsets.UTF_8).length);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (LocalDate day : List.of(today, today.plusDays(1))) {
            Path folder = Files.createDirectories(config.archive().resolve(DAY_FOLDER.format(day)));
            Files.writeString(folder.resolve(name), "an earlier file of the same name");
        }
        Files.createDirectories(config.inbox());
        Files.writeString(config.inbox().resolve(name), "Security was raised at Gwadar port, officials said " + System.nanoTime());

        try (IngestService ingest = service(broker, config).start()) {
            Eventually.await(WAIT, () -> state(config, name).equals(Optional.of(FileState.ARCHIVED)),
                    () -> "ledger: " + state(config, name) + ", processing/: " + list(config.processing()));
        }

        Path archived = Path.of(entry(config, name).orElseThrow().path());
        assertTrue(Files.isRegularFile(archived), archived.toString());
        assertTrue(archived.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255, archived.toString());
        assertTrue(archived.getFileName().toString().startsWith("گوادر-گوادر-"), archived.toString());
    }

    private IngestConfig config() {
        return IngestConfig.defaults(root.resolve("inbox"), root.resolve("data")).withMinFileAge(Duration.ZERO);
    }

    private static IngestService service(TestBroker broker, IngestConfig config) {
        return IngestOnBroker.service(broker, config, "ingest-long-names-it", IngestListener.NONE);
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<FileState> state(IngestConfig config, String name) {
        return entry(config, name).map(LedgerEntry::state);
    }

    private static Optional<LedgerEntry> entry(IngestConfig config, String name) {
        try (FileLedger ledger = FileLedger.open(config.ledger(), Clock.systemUTC())) {
            return ledger.list(Optional.empty()).stream().filter(e -> e.name().equals(name)).findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
