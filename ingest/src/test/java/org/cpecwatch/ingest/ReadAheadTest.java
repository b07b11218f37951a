package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.ArticleId;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.testkit.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path processing;

    @Test
    void shouldHandBackEveryFileOnceWhateverReaderReadIt() throws Exception {
        List<ReadAhead.Claimed> claimed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            claimed.add(new ReadAhead.Claimed(write("article-" + i + ".txt", "Article " + i + " about Gwadar port."), i % 2 == 0));
        }
        try (ReadAhead readAhead = new ReadAhead(new ArticleFileReader(1_000_000)::read, new MutableClock(NOW), 3)) {
            readAhead.submit(claimed.subList(0, 25));
            readAhead.submit(claimed.subList(25, 40));
            List<ReadFile> first = readAhead.take(30);
            List<ReadFile> rest = readAhead.take(30);

            assertEquals(30, first.size());
            assertEquals(10, rest.size(), "only what was submitted");
            assertEquals(0, readAhead.size());
            List<ReadFile> all = new ArrayList<>(first);
            all.addAll(rest);
            all.sort(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.name().replaceAll("\\D", ""))));
            for (int i = 0; i < 40; i++) {
                ReadFile read = all.get(i);
                assertEquals("article-" + i + ".txt", read.name());
                assertEquals(i % 2 == 0, read.firstSend());
                assertNull(read.crash());
                assertEquals(ArticleId.of("Article " + i + " about Gwadar port."), read.articles().get(0).getId());
                assertEquals(NOW, read.articles().get(0).getIngestedAt());
            }
        }
    }

    @Test
    void shouldHandBackAnUnreadableFileWithItsReasonAndNoRecords() throws Exception {
        Path empty = write("empty.txt", "");
        try (ReadAhead readAhead = new ReadAhead(new ArticleFileReader(1_000_000)::read, new MutableClock(NOW), 1)) {
            readAhead.submit(List.of(new ReadAhead.Claimed(empty, true)));

            ReadFile read = readAhead.take(1).get(0);

            ReadOutcome.Unreadable unreadable = assertInstanceOf(ReadOutcome.Unreadable.class, read.outcome());
            assertTrue(unreadable.reason().contains("empty"), unreadable.reason());
            assertTrue(read.articles().isEmpty());
        }
    }

    @Test
    void shouldNeverLetAFileThatReadsForeverHoldUpTheFilesClaimedWithIt() throws Exception {
        // One reader, and the stuck file first in its task: before, the worker waited for it in claim order, for ever.
        ArticleFileReader real = new ArticleFileReader(1_000_000);
        CountDownLatch never = new CountDownLatch(1);
        ReadAhead.FileReading hangsOnSlow = (file, name) -> {
            if (name.equals("slow.txt")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                // A parser that ignores the interrupt and keeps going.
                while (never.getCount() > 0) {
                    Thread.onSpinWait();
                }
            }
            return real.read(file, name);
        };
        List<ReadAhead.Claimed> claimed = new ArrayList<>();
        claimed.add(new ReadAhead.Claimed(write("slow.txt", "A parser never finishes this one."), true));
        for (int i = 0; i < 10; i++) {
            claimed.add(new ReadAhead.Claimed(write("fast-" + i + ".txt", "Article " + i + " about Gwadar port."), true));
        }
        try (ReadAhead readAhead = new ReadAhead(hangsOnSlow, new MutableClock(NOW), 1, Duration.ofMillis(300))) {
            readAhead.submit(claimed);
            List<ReadFile> all = new ArrayList<>();
            while (all.size() < claimed.size()) {
                all.addAll(readAhead.take(claimed.size()));
            }

            ReadFile slow = all.stream().filter(r -> r.name().equals("slow.txt")).findFirst().orElseThrow();
            ReadOutcome.Unreadable timedOut = assertInstanceOf(ReadOutcome.Unreadable.class, slow.outcome());
            assertTrue(timedOut.reason().contains("longer than"), timedOut.reason());
            assertEquals(10, all.stream().filter(r -> r.name().startsWith("fast-") && r.articles().size() == 1).count());
            assertEquals(0, readAhead.size());
            never.countDown();
        } finally {
            never.countDown();
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(processing.resolve(name), text);
    }
}
