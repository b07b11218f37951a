package org.cpecwatch.sink;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink's database check on a real SQLite database, made unreachable by putting a folder where its file was, and
 * a clock we move.
 */
class DatabaseCheckTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private Path folder;
    private ArticleStore store;
    private DatabaseCheck check;

    @BeforeEach
    void open() throws Exception {
        folder = Files.createDirectories(dir.resolve("db"));
        store = ArticleStore.open(Database.sqlite(folder.resolve("sink.db")), clock);
        check = new DatabaseCheck(clock);
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    @Test
    void shouldProbeAnIdleDatabaseOnlyOnceTheIntervalHasPassed() throws Exception {
        takeTheDatabaseAway();

        check.probeIfDue(store);
        clock.advance(DatabaseCheck.PROBE_INTERVAL.minusMillis(1));
        check.probeIfDue(store);
        assertTrue(check.isReady(), "not asked yet");

        clock.advance(Duration.ofMillis(1));
        check.probeIfDue(store);
        assertFalse(check.isReady());
    }

    @Test
    void shouldBeReadyAgainAtTheFirstProbeAfterTheDatabaseReturns() throws Exception {
        takeTheDatabaseAway();
        check.probe(store);
        assertFalse(check.isReady());

        Files.delete(folder.resolve("sink.db"));
        clock.advance(Duration.ofSeconds(1));
        check.probeIfDue(store);
        assertFalse(check.isReady(), "the interval counts from the last probe");

        clock.advance(DatabaseCheck.PROBE_INTERVAL);
        check.probeIfDue(store);
        assertTrue(check.isReady());
    }

    @Test
    void shouldTakeAWrittenBatchAsAnAnswerAndPostponeTheProbe() throws Exception {
        takeTheDatabaseAway();
        check.probe(store);

        check.written();
        assertTrue(check.isReady());
        clock.advance(DatabaseCheck.PROBE_INTERVAL.minusSeconds(1));
        check.probeIfDue(store);
        assertTrue(check.isReady(), "written a moment ago: no probe yet");
    }

    @Test
    void shouldTurnNotReadyAfterConsecutiveRetriedBatchesUntilABatchIsWritten() {
        for (int i = 1; i < DatabaseCheck.FAILED_BATCHES; i++) {
            check.batchRetried();
            check.probe(store);
        }
        assertTrue(check.isReady(), "a few retries are an incident, not a state");

        check.batchRetried();
        check.probe(store);
        assertFalse(check.isReady(), "the database answers, yet takes no write");
        clock.advance(DatabaseCheck.PROBE_INTERVAL);
        check.probeIfDue(store);
        assertFalse(check.isReady(), "an answered probe is no written batch");

        check.written();
        check.batchWritten();
        assertTrue(check.isReady());
    }

    private void takeTheDatabaseAway() throws IOException, SQLException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.createDirectories(folder.resolve("sink.db"));
    }
}
