package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.ingest.ledger.FileLedger;
import org.cpecwatch.ingest.ledger.FileState;
import org.cpecwatch.ingest.ledger.LedgerEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code files}, {@code retry} and the ledger's counts in {@code status}, on a ledger written as ingest would. */
class LedgerCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private DataFolder data;
    private Path inbox;

    @BeforeEach
    void folders() throws IOException {
        data = new DataFolder(dir.resolve("data"));
        inbox = Files.createDirectories(dir.resolve("inbox"));
    }

    @Test
    void shouldListEveryFileAsOneJsonObjectPerLine() throws Exception {
        try (FileLedger ledger = ledger()) {
            archived(ledger, "a.txt", "aaaa", 3, 41);
            failed(ledger, "b.txt", "empty file (0 bytes)");
        }

        CliRunner.Result result = run("files", "--json");

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(2, lines.size(), result.out());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("ARCHIVED", first.get("state").asText());
        assertEquals("a.txt", first.get("name").asText());
        assertEquals("aaaa", first.at("/articles/0/hash").asText());
        assertEquals(3, first.at("/articles/0/partition").asInt());
        assertEquals(41, first.at("/articles/0/offset").asLong());
        assertEquals(1, first.get("attempts").asInt());
        assertEquals("empty file (0 bytes)", JSON.readTree(lines.get(1)).get("lastError").asText());
    }

    @Test
    void shouldFilterByStateAndPrintATable() throws Exception {
        try (FileLedger ledger = ledger()) {
            archived(ledger, "a.txt", "0123456789abcdef", 0, 7);
            failed(ledger, "b.txt", "binary content");
        }

        CliRunner.Result table = run("files", "--state", "ARCHIVED");

        assertEquals(0, table.exitCode(), table.err());
        List<String> lines = table.out().lines().toList();
        assertEquals(2, lines.size(), table.out());
        assertTrue(lines.get(0).startsWith("STATE"), lines.get(0));
        assertTrue(lines.get(1).contains("a.txt") && lines.get(1).contains("0123456789ab ")
                && lines.get(1).contains("0@7"), lines.get(1));
    }

    @Test
    void shouldListNothingWhenIngestNeverRan() {
        CliRunner.Result result = run("files", "--json");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertFalse(Files.exists(data.ingestLedger()), "no empty ledger left behind");
    }

    @Test
    void shouldMoveEveryFailedFileBackUnderAFreeNameAndForgetItsSidecar() throws Exception {
        long id;
        try (FileLedger ledger = ledger()) {
            id = failed(ledger, "report.txt", "no text");
        }
        Files.writeString(inbox.resolve("report.txt"), "another file with the same name");

        CliRunner.Result result = run("retry", "--all-failed");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(1, result.out().lines().count(), result.out());
        assertEquals("another file with the same name", Files.readString(inbox.resolve("report.txt")), "never overwritten");
        assertEquals("the failed text", Files.readString(inbox.resolve("report (2).txt")));
        try (Stream<Path> left = Files.list(data.failed())) {
            assertEquals(0, left.count(), "file and sidecar both gone from failed");
        }
        try (FileLedger ledger = ledger()) {
            LedgerEntry entry = ledger.entry(id).orElseThrow();
            assertEquals(FileState.DISCOVERED, entry.state());
            assertEquals(inbox.resolve("report (2).txt").toString(), entry.path());
        }
    }

    @Test
    void shouldRetryTheNamedFilesAndFailForOneThatIsNotInFailed() throws Exception {
        try (FileLedger ledger = ledger()) {
            failed(ledger, "b.txt", "no text");
        }

        CliRunner.Result result = run("retry", "b.txt", "missing.txt");

        assertEquals(1, result.exitCode());
        assertTrue(Files.exists(inbox.resolve("b.txt")));
        assertEquals("cpecwatch: missing.txt is not in " + data.failed(), result.err().strip());
    }

    @Test
    void shouldRefuseRetryWithNeitherFilesNorAllFailed() {
        CliRunner.Result result = run("retry");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("--all-failed"), result.err());
    }

    @Test
    void shouldTakeStatusCountsFromTheLedger() throws Exception {
        try (FileLedger ledger = ledger()) {
            archived(ledger, "a.txt", "h1", 0, 1);
            long copy = claimed(ledger, "copy-of-a.txt");
            ledger.duplicate(copy, data.archive().resolve("copy-of-a.txt"), "a.txt");
            failed(ledger, "b.txt", "no text");
            claimed(ledger, "c.txt");
        }

        CliRunner.Result result = run("status", "--json");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode status = JSON.readTree(result.out());
        assertEquals(1, status.get("archived").asInt());
        assertEquals(1, status.get("duplicate").asInt());
        assertEquals(1, status.get("failed").asInt());
        assertEquals(1, status.get("processing").asInt());
        assertEquals(1, status.get("published").asInt());
        assertEquals(0, status.get("inbox").asInt());
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.root().toString();
        all[args.length + 2] = "--inbox";
        all[args.length + 3] = inbox.toString();
        return CliRunner.run(all);
    }

    private FileLedger ledger() throws SQLException {
        return FileLedger.open(data.ingestLedger(), Clock.systemUTC());
    }

    private long claimed(FileLedger ledger, String name) throws SQLException {
        long id = ledger.discovered(name, inbox.resolve(name), 15);
        ledger.claimed(id, data.processing().resolve(name));
        return id;
    }

    private long archived(FileLedger ledger, String name, String hash, int partition, long offset) throws SQLException {
        long id = claimed(ledger, name);
        ledger.sending(id, "text/plain", "UTF-8", List.of(new LedgerEntry.Article(null, hash, null, null, null)));
        ledger.published(id, hash, null, "articles.raw", partition, offset);
        ledger.archived(id, data.archive().resolve(name));
        return id;
    }

    private long failed(FileLedger ledger, String name, String reason) throws SQLException, IOException {
        long id = claimed(ledger, name);
        Path failed = Files.createDirectories(data.failed()).resolve(name);
        Files.writeString(failed, "the failed text");
        Files.writeString(failed.resolveSibling(name + ".error.json"), "{\"reason\": \"" + reason + "\"}");
        ledger.failed(id, failed, reason, null);
        assertTrue(ledger.failedAt(failed).isPresent());
        assertEquals(Optional.of(FileState.FAILED), ledger.entry(id).map(LedgerEntry::state));
        return id;
    }
}
