package org.cpecwatch.ingest.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cpecwatch.testkit.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadyFilesTest {

    private static final Duration MIN_AGE = Duration.ofSeconds(1);

    @TempDir
    Path inbox;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void shouldWaitUntilFileHasBeenStableForMinimumAge() throws IOException {
        ReadyFiles ready = new ReadyFiles(inbox, MIN_AGE, clock);
        Path file = Files.writeString(inbox.resolve("a.txt"), "text");

        assertTrue(ready.scan().isEmpty(), "first sight is never ready");
        clock.advance(Duration.ofMillis(999));
        assertTrue(ready.scan().isEmpty(), "not yet stable for a second");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of(file), ready.scan());
    }

    @Test
    void shouldCountTheWaitFromAnEarlierModificationTimeForAFileRenamedIntoTheInbox() throws IOException {
        ReadyFiles ready = new ReadyFiles(inbox, MIN_AGE, clock);
        Path old = Files.writeString(inbox.resolve("old.txt"), "written long ago");
        Files.setLastModifiedTime(old, FileTime.from(clock.instant().minusSeconds(5)));
        Path recent = Files.writeString(inbox.resolve("recent.txt"), "written half a second ago");
        Files.setLastModifiedTime(recent, FileTime.from(clock.instant().minusMillis(500)));

        assertEquals(List.of(), ready.scan(), "even an old file is looked at twice");
        clock.advance(ReadyFiles.SECOND_LOOK);
        assertEquals(List.of(old), ready.scan(), "unchanged for 5 s already: ready at the second look");
        clock.advance(Duration.ofMillis(299));
        assertEquals(List.of(old), ready.scan());
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of(old, recent), ready.scan());
    }

    @Test
    void shouldRestartTheWaitWhenFileIsStillGrowing() throws IOException {
        ReadyFiles ready = new ReadyFiles(inbox, MIN_AGE, clock);
        Path file = Files.writeString(inbox.resolve("a.txt"), "first part");
        ready.scan();
        clock.advance(Duration.ofMillis(900));
        Files.writeString(file, "first part and more");

        assertTrue(ready.scan().isEmpty());
        clock.advance(Duration.ofMillis(900));
        assertTrue(ready.scan().isEmpty(), "the growth restarted the minimum age");
        clock.advance(Duration.ofMillis(100));
        assertEquals(List.of(file), ready.scan());
    }

    @Test
    void shouldIgnoreHiddenAndPartialFilesAndScanSubfolders() throws IOException {
        ReadyFiles ready = new ReadyFiles(inbox, Duration.ZERO, clock);
        Files.writeString(inbox.resolve(".hidden.txt"), "x");
        Files.writeString(inbox.resolve("download.crdownload"), "x");
        Files.writeString(inbox.resolve("copy.part"), "x");
        Files.writeString(inbox.resolve("notes.txt~"), "x");
        Files.writeString(inbox.resolve("edit.swp"), "x");
        Path nested = Files.writeString(Files.createDirectories(inbox.resolve("batch")).resolve("b.txt"), "x");

        assertEquals(List.of(nested), ready.scan());
    }

    @Test
    void shouldReturnNothingWhenInboxDoesNotExist() {
        ReadyFiles ready = new ReadyFiles(inbox.resolve("missing"), MIN_AGE, clock);

        assertTrue(ready.scan().isEmpty());
    }

    @Test
    void shouldSayWhenTheFirstWaitingFileBecomesReady() throws IOException {
        ReadyFiles ready = new ReadyFiles(inbox, MIN_AGE, clock);
        assertEquals(Optional.empty(), ready.nextReadyAt());
        Files.writeString(inbox.resolve("a.txt"), "text");
        Instant firstSeen = clock.instant();
        ready.scan();
        clock.advance(Duration.ofMillis(300));
        Files.writeString(inbox.resolve("b.txt"), "text");
        ready.scan();

        assertEquals(Optional.of(firstSeen.plus(MIN_AGE)), ready.nextReadyAt());
        assertEquals(2, ready.waiting());
    }

    @Test
    void shouldLeaveSubfoldersAloneWhenConfigured() throws IOException {
        ReadyFiles ready = new ReadyFiles(inbox, Duration.ZERO, clock, false);
        Path top = Files.writeString(inbox.resolve("a.txt"), "x");
        Files.writeString(Files.createDirectories(inbox.resolve("batch")).resolve("b.txt"), "x");

        assertEquals(List.of(top), ready.scan());
    }

    @Test
    void shouldIgnoreEveryTemporaryName() {
        for (String name : List.of(".hidden", "a.part", "a.PART", "a.tmp", "a.crdownload", "a.txt~", ".a.txt.swp", "b.swp")) {
            assertTrue(FileNames.isIgnored(name), name);
        }
        assertFalse(FileNames.isIgnored("article.txt"));
    }
}
