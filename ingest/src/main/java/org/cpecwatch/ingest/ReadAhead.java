package org.cpecwatch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cpecwatch.ingest.read.RawArticles;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads claimed files on threads of their own while the worker sends and settles others: reading, decoding and
 * hashing a file cost about as much as the worker's own share, and on one thread the two came one after the other.
 * Only reading happens here; what touches the ledger, the producer or the folders stays on the worker.
 *
 * <p>No file holds up the others. The worker takes results as they finish, not in claim order, and a file still being
 * read after the read budget fails with that reason: its reader is interrupted, the files queued behind it in the same
 * task move to another reader, and the pool grows by a thread for as long as the stuck one has not come back.
 */
final class ReadAhead implements AutoCloseable {

    /** A file to read; {@code firstSend} as {@link ReadFile} has it. */
    record Claimed(Path file, boolean firstSend) {
    }

    /** How a file is read: {@link org.cpecwatch.ingest.read.ArticleFileReader#read} outside tests. */
    @FunctionalInterface
    interface FileReading {
        ReadOutcome read(Path file, String name);
    }

    /**
     * 30 s: Tika takes a few seconds for the largest files the inbox accepts (20 MiB); anything slower is a parser
     * caught by its input, and waiting longer only stalls the files behind it.
     */
    static final Duration READ_BUDGET = Duration.ofSeconds(30);
    /** How long the worker waits for a first result before it goes round its loop again. */
    private static final Duration FIRST_RESULT_PATIENCE = Duration.ofSeconds(1);
    /** How long a batch waits for more results after its first: long enough to fill it on a backlog, no longer. */
    private static final Duration BATCH_PATIENCE = Duration.ofMillis(50);
    // A hand-over to a reader per file cost the readers a tenth of their time; a few files per task spread as well.
    private static final int FILES_PER_TASK = 16;
    /** Readers added while stuck ones have not come back: past this, stuck parsers are only reported. */
    private static final int MAX_EXTRA_READERS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(ReadAhead.class);

    /**
     * One claimed file on its way through a reader: read once, settled once. Its reader and the watchdog decide under
     * its lock who settles it: the reader when it finished first; else the watchdog, which then gives the stuck
     * reader's place to a new thread and interrupts it while it is still in this file.
     */
    private final class Pending {
        private final Claimed claimed;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private Thread reader;
        private volatile long startedNanos;
        private boolean finished;
        private boolean replaced;

        Pending(Claimed claimed) {
            this.claimed = claimed;
        }

        boolean start() {
            if (!state.compareAndSet(WAITING, READING)) {
                return false;
            }
            synchronized (this) {
                reader = Thread.currentThread();
            }
            startedNanos = System.nanoTime();
            return true;
        }

        void settle(ReadFile result) {
            if (state.getAndSet(SETTLED) != SETTLED) {
                done.add(result);
            }
        }
    }

    private static final int WAITING = 0;
    private static final int READING = 1;
    private static final int SETTLED = 2;

    private final FileReading reader;
    private final Clock clock;
    private final Duration budget;
    private final ThreadPoolExecutor readers;
    private final ScheduledExecutorService watchdog;
    private final LinkedBlockingQueue<ReadFile> done = new LinkedBlockingQueue<>();
    private final ConcurrentHashMap<Pending, List<Pending>> reading = new ConcurrentHashMap<>();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger extraReaders = new AtomicInteger();
    /** An Error such as running out of memory on a reader: the worker must hear of it rather than go on. */
    private volatile Error fatal;

    ReadAhead(FileReading reader, Clock clock, int threads) {
        this(reader, clock, threads, READ_BUDGET);
    }

    ReadAhead(FileReading reader, Clock clock, int threads, Duration budget) {
        this.reader = reader;
        this.clock = clock;
        this.budget = budget;
        AtomicInteger started = new AtomicInteger();
        this.readers = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "cpecwatch-ingest-reader-" + started.incrementAndGet());
            // A reader holds nothing that must be finished: a file it was reading stays in processing for the next start.
            thread.setDaemon(true);
            return thread;
        });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cpecwatch-ingest-read-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(10, budget.toMillis() / 10);
        watchdog.scheduleWithFixedDelay(this::failOverBudget, every, every, TimeUnit.MILLISECONDS);
    }

    void submit(List<Claimed> files) {
        for (int from = 0; from < files.size(); from += FILES_PER_TASK) {
            List<Pending> task = files.subList(from, Math.min(files.size(), from + FILES_PER_TASK)).stream()
                    .map(Pending::new).toList();
            outstanding.addAndGet(task.size());
            readers.execute(() -> readAll(task));
        }
    }

    private void readAll(List<Pending> task) {
        for (Pending pending : task) {
            if (!pending.start()) {
                continue;
            }
            reading.put(pending, task);
            ReadFile result;
            try {
                result = read(pending.claimed.file(), pending.claimed.firstSend());
            } catch (Error e) {
                fatal = e;
                result = new ReadFile(pending.claimed.file(), name(pending.claimed), pending.claimed.firstSend(),
                        null, List.of(), e);
            }
            boolean replaced;
            synchronized (pending) {
                pending.finished = true;
                replaced = pending.replaced;
            }
            reading.remove(pending);
            if (replaced) {
                // The watchdog failed this file and gave this reader's place to another thread: give it back.
                Thread.interrupted();
                shrinkAfterStuckReader();
                return;
            }
            pending.settle(result);
        }
    }

    /** Fails every file read for longer than the budget, and moves the files queued behind it to another reader. */
    private void failOverBudget() {
        try {
            long now = System.nanoTime();
            reading.forEach((pending, task) -> {
                if (now - pending.startedNanos > budget.toNanos()) {
                    failStuck(pending, task);
                }
            });
        } catch (RuntimeException e) {
            // A watchdog that throws is cancelled by its executor without a word: say it, and keep watching.
            LOG.error("the read watchdog failed; it goes on", e);
        }
    }

    private void failStuck(Pending pending, List<Pending> task) {
        String reason = "reading took longer than " + budget.toSeconds() + " s; the parser was stopped";
        synchronized (pending) {
            if (pending.finished || pending.replaced) {
                return;
            }
            pending.replaced = true;
            growForStuckReader();
            pending.settle(new ReadFile(pending.claimed.file(), name(pending.claimed), pending.claimed.firstSend(),
                    new ReadOutcome.Unreadable(reason, "java.util.concurrent.TimeoutException"), List.of(), null));
            pending.reader.interrupt();
        }
        reading.remove(pending);
        LOG.warn("{}: {}", name(pending.claimed), reason);
        List<Pending> behind = task.subList(task.indexOf(pending) + 1, task.size());
        if (!behind.isEmpty() && !readers.isShutdown()) {
            readers.execute(() -> readAll(behind));
        }
    }

    private synchronized void growForStuckReader() {
        if (extraReaders.get() >= MAX_EXTRA_READERS) {
            LOG.error("{} readers are stuck in parsers that ignore interrupts; ingest reads on fewer threads until they "
                    + "come back", extraReaders.get());
            return;
        }
        extraReaders.incrementAndGet();
        readers.setMaximumPoolSize(readers.getMaximumPoolSize() + 1);
        readers.setCorePoolSize(readers.getCorePoolSize() + 1);
    }

    private synchronized void shrinkAfterStuckReader() {
        if (extraReaders.get() > 0) {
            extraReaders.decrementAndGet();
            readers.setCorePoolSize(readers.getCorePoolSize() - 1);
            readers.setMaximumPoolSize(readers.getMaximumPoolSize() - 1);
        }
    }

    /** Files handed to the readers whose results the worker has not taken yet. */
    int size() {
        return outstanding.get();
    }

    /**
     * Up to {@code files} results in the order they finished; fewer when fewer were submitted, or when the rest are
     * not read within {@link #BATCH_PATIENCE} of the first; none when none is read within
     * {@link #FIRST_RESULT_PATIENCE}. A file that takes long to read never keeps back the ones
     * read after it.
     */
    List<ReadFile> take(int files) throws InterruptedException {
        List<ReadFile> taken = new ArrayList<>();
        int wanted = Math.min(files, outstanding.get());
        if (wanted <= 0) {
            return taken;
        }
        // Never long: the worker's loop must come round to beat its heartbeat while a big file is still being read.
        ReadFile first = done.poll(FIRST_RESULT_PATIENCE.toNanos(), TimeUnit.NANOSECONDS);
        if (first == null) {
            return taken;
        }
        taken.add(first);
        long deadline = System.nanoTime() + BATCH_PATIENCE.toNanos();
        while (taken.size() < wanted) {
            ReadFile next = done.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            taken.add(next);
            done.drainTo(taken, wanted - taken.size());
        }
        outstanding.addAndGet(-taken.size());
        if (fatal != null) {
            throw fatal;
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

    private static String name(Claimed claimed) {
        return claimed.file().getFileName().toString();
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
        watchdog.shutdownNow();
        readers.shutdownNow();
        try {
            readers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
