package org.cpecwatch.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ready file may only say ready while a live, healthy stage keeps it fresh. */
class ReadyFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldPublishTheFileWhileTheStageIsReadyAndWithdrawItTheMomentItIsNot() {
        AtomicBoolean ready = new AtomicBoolean(true);
        Path file = dir.resolve("sink.ready");

        try (ReadyFile kept = ReadyFile.keep(file, "sink", ready::get, "localhost:9092")) {
            assertTrue(Files.exists(file), "published at once");

            ready.set(false);
            kept.refresh();

            assertFalse(Files.exists(file), "withdrawn when the stage stopped being ready");
        }
    }

    @Test
    void shouldRemoveTheFileOnClose() {
        Path file = dir.resolve("ingest.ready");

        ReadyFile.keep(file, "ingest", () -> true, "localhost:9092").close();

        assertFalse(Files.exists(file));
    }

    @Test
    void shouldTakeAFileNobodyRefreshedForAStaleOneNotAReadyOne() throws IOException {
        Instant now = Instant.parse("2024-05-01T10:00:00Z");
        Path file = Files.writeString(dir.resolve("enrich.ready"), "localhost:9092");
        Files.setLastModifiedTime(file, FileTime.from(now.minus(ReadyFile.STALE_AFTER).minusSeconds(1)));

        assertFalse(ReadyFile.isFresh(file, now));
        assertEquals("not ready: enrich.ready is 31 s old, stale after 30 s (a stage that was killed or hangs)",
                ReadyFile.describe(file, now));
    }

    @Test
    void shouldTakeARecentlyRefreshedFileForReady() throws IOException {
        Instant now = Instant.parse("2024-05-01T10:00:00Z");
        Path file = Files.writeString(dir.resolve("enrich.ready"), "localhost:9092");
        Files.setLastModifiedTime(file, FileTime.from(now.minusSeconds(4)));

        assertTrue(ReadyFile.isFresh(file, now));
        assertEquals("ready", ReadyFile.describe(file, now));
        assertEquals("not ready", ReadyFile.describe(dir.resolve("sink.ready"), now));
    }
}
