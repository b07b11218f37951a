package org.cpecwatch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.RawArticles;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.RawArticle;

/**
 * Reads claimed files on threads of their own while the worker sends and settles others: reading, decoding and
 * hashing a file cost about as much as the worker's own share, and on one thread the two came one after the other.
 * Only reading happens here; what touches the ledger, the producer or the folders stays on the worker, which takes
 * the results in claim order.
 */
final class ReadAhead implements AutoCloseable {

    /** A file to read; {@code firstSend} as {@link ReadFile} has it. */
    record Claimed(Path file, boolean firstSend) {
    }

    // A hand-over to a reader per file cost the readers a tenth of their time; a few files per task spread as well.
    private static final int FILES_PER_TASK = 16;

    private final ArticleFileReader reader;
    private final Clock clock;
    private final ExecutorService readers;
    private final ArrayDeque<Future<ReadFile>> reading = new ArrayDeque<>();

    ReadAhead(ArticleFileReader reader, Clock clock, int threads) {
        this.reader = reader;
        this.clock = clock;
        AtomicInteger started = new AtomicInteger();
        this.readers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "cpecwatch-ingest-reader-" + started.incrementAndGet());
            // A reader holds nothing that must be finished: a file it was reading stays in processing for the next start.
            thread.setDaemon(true);
            return thread;
        });
    }

    void submit(List<Claimed> files) {
        for (int from = 0; from < files.size(); from += FILES_PER_TASK) {
            List<Claimed> task = files.subList(from, Math.min(files.size(), from + FILES_PER_TASK));
            List<CompletableFuture<ReadFile>> results = task.stream().map(file -> new CompletableFuture<ReadFile>()).toList();
            reading.addAll(results);
            readers.execute(() -> readAll(task, results));
        }
    }

    private void readAll(List<Claimed> files, List<CompletableFuture<ReadFile>> results) {
        for (int i = 0; i < files.size(); i++) {
            try {
                results.get(i).complete(read(files.get(i).file(), files.get(i).firstSend()));
            } catch (Error e) {
                // Out of memory, say: the worker must hear of it rather than wait for this result for ever.
                results.get(i).completeExceptionally(e);
            }
        }
    }

    /** Files handed to the readers whose results the worker has not taken yet. */
    int size() {
        return reading.size();
    }

    /** Up to {@code files} results in claim order, waiting for each; fewer when fewer were submitted. */
    List<ReadFile> take(int files) throws InterruptedException {
        List<ReadFile> taken = new ArrayList<>();
        while (taken.size() < files && !reading.isEmpty()) {
            try {
                taken.add(reading.peek().get());
            } catch (ExecutionException e) {
                // read() turns what reading throws into a result; only an Error such as running out of memory gets here.
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
            reading.poll();
        }
        return taken;
    }

    private ReadFile read(Path file, boolean firstSend) {
        String name = file.getFileName().toString();
        try {
            ReadOutcome outcome = reader.read(file, name);
            return new ReadFile(file, name, firstSend, outcome, records(outcome, name), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new ReadFile(file, name, firstSend, null, List.of(), e);
        }
    }

    private List<RawArticle> records(ReadOutcome outcome, String name) {
        if (!(outcome instanceof ReadOutcome.Articles read)) {
            return List.of();
        }
        Instant at = clock.instant();
        return read.articles().stream().map(article -> RawArticles.from(article, read.sizeBytes(), name, at)).toList();
    }

    @Override
    public void close() {
        readers.shutdownNow();
        try {
            readers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
