package org.cpecwatch.ingest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLedgerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private FileLedger ledger;

    @BeforeEach
    void open() throws SQLException {
        ledger = FileLedger.open(FileLedger.location(dir.resolve("data")), CLOCK);
    }

    @AfterEach
    void close() throws SQLException {
        ledger.close();
    }

    @Test
    void shouldFollowAFileFromInboxToArchive() throws SQLException {
        long id = ledger.discovered("a.txt", dir.resolve("inbox/a.txt"), 42);
        ledger.claimed(id, dir.resolve("processing/a.txt"));
        ledger.sending(id, "text/plain", "UTF-8", List.of(article(null, "h1")));
        ledger.published(id, "h1", null, "articles.raw", 2, 17);
        ledger.archived(id, dir.resolve("archive/2025/03/01/a.txt"));

        LedgerEntry entry = ledger.entry(id).orElseThrow();
        assertEquals(FileState.ARCHIVED, entry.state());
        assertEquals("a.txt", entry.name());
        assertEquals(dir.resolve("archive/2025/03/01/a.txt").toString(), entry.path());
        assertEquals(42, entry.sizeBytes());
        assertEquals("text/plain", entry.contentType());
        assertEquals("UTF-8", entry.charset());
        assertEquals(1, entry.attempts());
        assertEquals(List.of(new LedgerEntry.Article(null, "h1", "articles.raw", 2, 17L)), entry.articles());
        assertEquals("2025-03-01T10:00:00Z", entry.updatedAt());
    }

    @Test
    void shouldCountEachSendAndKeepTheLastErrorWhileRetrying() throws SQLException {
        long id = claimedFile("slow.txt");
        ledger.sending(id, "text/plain", "UTF-8", List.of(article(null, "h")));
        ledger.sendFailed(id, "broker unreachable", "org.apache.kafka.common.errors.TimeoutException");
        ledger.sending(id, "text/plain", "UTF-8", List.of(article(null, "h")));

        LedgerEntry entry = ledger.entry(id).orElseThrow();
        assertEquals(2, entry.attempts());
        assertEquals(FileState.CLAIMED, entry.state());
        assertEquals("broker unreachable", entry.lastError());
        assertEquals(1, entry.articles().size(), "a second send replaces the keys of the first");
    }

    @Test
    void shouldKeepSeveralArticlesOfOneFileApartByLine() throws SQLException {
        long id = claimedFile("batch.jsonl");
        ledger.sending(id, "application/x-ndjson", "UTF-8", List.of(article(1, "same"), article(2, "same"), article(3, "other")));
        ledger.published(id, "same", 2, "articles.raw", 0, 5);

        List<LedgerEntry.Article> articles = ledger.entry(id).orElseThrow().articles();
        assertEquals(3, articles.size());
        assertFalse(articles.get(0).isAcknowledged());
        assertEquals(5L, articles.get(1).offset());
    }

    @Test
    void shouldFindTheFirstFileThatSentATextAndNotTheFileItself() throws SQLException {
        long first = claimedFile("first.txt");
        assertTrue(ledger.firstSentWithHash("h", first).isEmpty(), "nothing sent yet");
        ledger.sending(first, "text/plain", "UTF-8", List.of(article(null, "h")));
        long second = claimedFile("second.txt");

        assertEquals("first.txt", ledger.firstSentWithHash("h", second).orElseThrow().name(),
                "sent and not yet acknowledged already counts: two copies dropped together go out once");
        assertTrue(ledger.firstSentWithHash("h", first).isEmpty(), "a file is never a copy of itself");
        assertTrue(ledger.firstSentWithHash("unknown", second).isEmpty());
        assertEquals(Optional.of("first.txt"), ledger.firstSenderName("h", second));
        assertTrue(ledger.firstSenderName("h", first).isEmpty());
    }

    @Test
    void shouldNotCountAFailedFileAsTheFirstCopy() throws SQLException {
        long failed = claimedFile("broken.txt");
        ledger.sending(failed, "text/plain", "UTF-8", List.of(article(null, "h")));
        ledger.failed(failed, dir.resolve("failed/broken.txt"), "Kafka refused the record", "RecordTooLargeException");

        assertTrue(ledger.firstSentWithHash("h", -1).isEmpty());
        LedgerEntry entry = ledger.failedAt(dir.resolve("failed/broken.txt")).orElseThrow();
        assertEquals("RecordTooLargeException", entry.errorClass());
    }

    @Test
    void shouldMarkADuplicateWithTheFirstFilesName() throws SQLException {
        long id = claimedFile("copy.txt");
        ledger.duplicate(id, dir.resolve("archive/copy.txt"), "original.txt");

        LedgerEntry entry = ledger.entry(id).orElseThrow();
        assertEquals(FileState.DUPLICATE, entry.state());
        assertEquals("original.txt", entry.duplicateOf());
    }

    @Test
    void shouldGiveARetriedFileItsEntryBackWhenItIsDiscoveredAgain() throws SQLException {
        long id = claimedFile("bad.txt");
        ledger.failed(id, dir.resolve("failed/bad.txt"), "empty file", null);
        ledger.retried(id, dir.resolve("inbox/bad (2).txt"));

        assertEquals(id, ledger.discovered("bad (2).txt", dir.resolve("inbox/bad (2).txt"), 3));
        LedgerEntry entry = ledger.entry(id).orElseThrow();
        assertEquals(FileState.DISCOVERED, entry.state());
        assertEquals("bad (2).txt", entry.name());
        assertEquals(1, ledger.list(Optional.empty()).size());
    }

    @Test
    void shouldRecordAClaimFromTheInboxInOneEntry() throws SQLException {
        assertFalse(ledger.hasDiscovered());
        long id = ledger.claimedFromInbox("a.txt", dir.resolve("inbox/a.txt"), dir.resolve("processing/a.txt"), 42, false);

        LedgerEntry entry = ledger.inProcessingAt(dir.resolve("processing/a.txt")).orElseThrow();
        assertEquals(id, entry.id());
        assertEquals(FileState.CLAIMED, entry.state());
        assertEquals("a.txt", entry.name());
        assertEquals(42, entry.sizeBytes());
        assertEquals("2025-03-01T10:00:00Z", entry.discoveredAt());
    }

    @Test
    void shouldGiveARetriedFileItsEntryBackWhenItIsClaimedAgain() throws SQLException {
        long id = claimedFile("bad.txt");
        ledger.failed(id, dir.resolve("failed/bad.txt"), "empty file", null);
        ledger.retried(id, dir.resolve("inbox/bad (2).txt"));

        assertTrue(ledger.hasDiscovered());
        assertEquals(id, ledger.claimedFromInbox("bad (2).txt", dir.resolve("inbox/bad (2).txt"),
                dir.resolve("processing/bad (2).txt"), 3, true));
        LedgerEntry entry = ledger.entry(id).orElseThrow();
        assertEquals(FileState.CLAIMED, entry.state());
        assertEquals(dir.resolve("processing/bad (2).txt").toString(), entry.path());
        assertEquals(3, entry.sizeBytes());
        assertEquals(1, ledger.list(Optional.empty()).size());
    }

    @Test
    void shouldListByStateAndCountEveryState() throws SQLException {
        long a = claimedFile("a.txt");
        claimedFile("b.txt");
        ledger.failed(a, dir.resolve("failed/a.txt"), "no text", null);

        assertEquals(List.of("a.txt"), ledger.list(Optional.of(FileState.FAILED)).stream().map(LedgerEntry::name).toList());
        Map<FileState, Long> counts = ledger.counts();
        assertEquals(1L, counts.get(FileState.FAILED));
        assertEquals(1L, counts.get(FileState.CLAIMED));
        assertEquals(0L, counts.get(FileState.ARCHIVED));
        assertEquals(FileState.values().length, counts.size());
        assertNull(ledger.entry(a).orElseThrow().duplicateOf());
    }

    @Test
    void shouldTakeWritesFromTwoThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (String thread : List.of("worker", "callback")) {
                Callable<Void> writes = () -> {
                    for (int i = 0; i < 200; i++) {
                        long id = claimedFile(thread + "-" + i + ".txt");
                        ledger.sending(id, "text/plain", "UTF-8", List.of(article(null, thread + i)));
                        ledger.published(id, thread + i, null, "articles.raw", 0, i);
                    }
                    return null;
                };
                done.add(threads.submit(writes));
            }
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(400L, ledger.counts().get(FileState.PUBLISHED));
    }

    @Test
    void shouldSeeWhatAnotherConnectionWrote() throws SQLException {
        long id = claimedFile("shared.txt");
        try (FileLedger other = FileLedger.open(FileLedger.location(dir.resolve("data")), CLOCK)) {
            other.failed(id, dir.resolve("failed/shared.txt"), "no text", null);
        }
        assertEquals(FileState.FAILED, ledger.entry(id).orElseThrow().state());
    }

    private long claimedFile(String name) throws SQLException {
        long id = ledger.discovered(name, dir.resolve("inbox").resolve(name), 10);
        ledger.claimed(id, dir.resolve("processing").resolve(name));
        return id;
    }

    private static LedgerEntry.Article article(Integer line, String hash) {
        return new LedgerEntry.Article(line, hash, null, null, null);
    }
}
