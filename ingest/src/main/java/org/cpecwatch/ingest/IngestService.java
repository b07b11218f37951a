package org.cpecwatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.producer.Producer;
import org.cpecwatch.ingest.inbox.InboxWatch;
import org.cpecwatch.ingest.inbox.ReadyFiles;
import org.cpecwatch.ingest.ledger.IngestLedger;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.health.Readiness;
import org.cpecwatch.schemas.health.WorkerHeartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbox to {@code articles.raw}. A file is claimed by an atomic move into the processing folder, published, and
 * moved to the archive only after Kafka acknowledged all its records. Whatever is in processing when the service
 * starts (a crash, a broker outage) is published again under the same key, unless the ledger shows Kafka had
 * already acknowledged all of it: then it is only archived. One worker thread does the file work in rounds
 * (claim a batch, send a batch, settle what was answered), each batch in one ledger transaction; reader threads
 * read, decode and hash the claimed files a round ahead of it.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    // Rounds stay short so acknowledgements are recorded soon after they arrive (a crash then resends little).
    private static final int FILES_PER_ROUND = 256;
    // Bounds the memory held by files waiting for their acknowledgements.
    private static final int MAX_IN_FLIGHT = 4_096;
    // Files read ahead of the sends: the next round's files are read while this round's are sent and settled.
    private static final int READ_AHEAD = 2 * FILES_PER_ROUND;
    // Reading is CPU work (decoding, hashing, Tika for documents): more readers than cores would only queue.
    private static final int READERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    // A file that cannot be claimed at once is looked at again after this, not in a busy loop.
    private static final Duration MIN_READINESS_WAIT = Duration.ofMillis(50);

    private final IngestConfig config;
    private final Producer<String, RawArticle> producer;
    private final Clock clock;
    private final PublishedKeys published;
    private final ReadyFiles readyFiles;
    private final IngestLedger ledger;
    private final ClaimedFiles claimed;
    private final Claimer claimer;
    private final BrokerOutage outage = new BrokerOutage();
    private final Finisher finisher;
    private final Sender sender;
    private final ReadAhead readAhead;
    private final ProgressMeter progress;
    private final Queue<Path> ready = new ArrayDeque<>();
    private final Queue<SentFile> answered = new ConcurrentLinkedQueue<>();
    private final Wakeup wakeup = new Wakeup();
    private final AtomicBoolean inboxChanged = new AtomicBoolean(true);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Thread worker = new Thread(this::runUntilStopped, "cpecwatch-ingest");
    private final WorkerHeartbeat heartbeat;
    private int inFlight;
    private Instant nextRescan = Instant.MIN;
    private boolean processingListed;

    public IngestService(IngestConfig config, Producer<String, RawArticle> producer, String topic, Clock clock,
                         IngestListener listener) {
        this(config, producer, topic, clock, listener, PublishedKeys.NONE);
    }

    /** @param published what is already on the topic: a restart archives, not resends, what a crash left acknowledged */
    public IngestService(IngestConfig config, Producer<String, RawArticle> producer, String topic, Clock clock,
                         IngestListener listener, PublishedKeys published) {
        this.config = config;
        this.published = published;
        this.producer = producer;
        this.clock = clock;
        this.readyFiles = new ReadyFiles(config.inbox(), config.minFileAge(), clock, config.scanSubfolders());
        this.ledger = IngestLedger.open(config.ledger(), clock);
        this.claimed = new ClaimedFiles(clock);
        this.claimer = new Claimer(config.processing(), readyFiles, ledger, claimed);
        this.finisher = new Finisher(config, ledger, claimed, outage, clock, listener);
        this.sender = new Sender(producer, topic, ledger, finisher, outage, this::onAnswered);
        this.readAhead = new ReadAhead(new ArticleFileReader(config.maxFileBytes())::read, clock, READERS);
        this.progress = new ProgressMeter(clock, listener);
        this.heartbeat = new WorkerHeartbeat(clock);
    }

    /** Starts watching the inbox and working on a thread of its own. */
    public IngestService start() {
        worker.start();
        return this;
    }

    private void runUntilStopped() {
        try {
            work();
        } catch (Throwable e) {
            // An Error too: the thread ends either way, and the host must hear that ingest is no longer ready.
            LOG.error("ingest worker died, ingest is no longer ready", e);
        } finally {
            heartbeat.end();
        }
    }

    private void work() throws Exception {
        try {
            Files.createDirectories(config.inbox());
            Files.createDirectories(config.processing());
        } catch (IOException e) {
            LOG.error("ingest stopped: cannot create {} or {}", config.inbox(), config.processing(), e);
            return;
        }
        try (AutoCloseable watch = watchInbox()) {
            while (!stopping.get()) {
                heartbeat.beat();
                roundSafely(false);
                wakeup.await(shorter(idleWait(), WorkerHeartbeat.BEAT_INTERVAL));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AutoCloseable watchInbox() {
        InboxWatch watch = InboxWatch.start(config.inbox(), config.scanSubfolders(), () -> {
            inboxChanged.set(true);
            wakeup.signal();
        });
        return watch == null ? () -> { } : watch;
    }

    private void roundSafely(boolean scanNow) throws InterruptedException {
        try {
            round(scanNow);
        } catch (RuntimeException e) {
            // One bad round (a file system hiccup) must not stop the inbox; the next round starts afresh.
            LOG.error("ingest round failed, trying again", e);
        }
    }

    /** One round, scanning the inbox whatever the watch said: for tests that drive the service by hand. */
    public void pollOnce() {
        try {
            round(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void round(boolean scanNow) throws InterruptedException {
        if (!processingListed) {
            // What a crash or a stop left in processing goes first, under the same keys.
            List<Path> fromBefore = LeftInProcessing.list(config.processing());
            fromBefore.forEach(claimed::add);
            sender.onTopicBeforeRestart(LeftInProcessing.keysOnTopic(fromBefore, ledger, published));
            processingListed = true;
        }
        finishAnswered();
        if (ready.isEmpty() && (scanNow || scanDue())) {
            ready.addAll(readyFiles.scan());
        }
        claimSome();
        sendSome();
        finishAnswered();
        progress.waiting(readyFiles.waiting() + claimed.size() + readAhead.size() + inFlight);
    }

    private boolean scanDue() {
        Instant now = clock.instant();
        boolean due = inboxChanged.getAndSet(false) || !now.isBefore(nextRescan)
                || readyFiles.nextReadyAt().map(at -> !now.isBefore(at)).orElse(false);
        if (due) {
            nextRescan = now.plus(config.rescanInterval());
        }
        return due;
    }

    /**
     * While Kafka is unreachable nothing is claimed: files wait in the inbox, where they belong until Kafka can take
     * them. Until a send has been acknowledged (at start, after an outage) one file at a time probes the broker; a
     * probe that sent nothing (an unreadable file, a copy) makes way for the next one at once.
     */
    private void claimSome() {
        boolean idle = inFlight == 0 && !hasClaimed();
        int limit;
        if (outage.isOngoing()) {
            // The files being retried may all settle without a send (failed, copies): then a new file probes.
            limit = idle && outage.mayTry(clock.instant()) ? 1 : 0;
        } else {
            // Claimed ahead of the sends, so the readers always have the next round's files.
            limit = outage.isConfirmed() ? Math.max(0, READ_AHEAD - claimed.size() - readAhead.size())
                    : inFlight == 0 ? 1 : 0;
        }
        List<Path> batch = new ArrayList<>();
        while (batch.size() < limit && !ready.isEmpty()) {
            batch.add(ready.poll());
        }
        claimer.claim(batch);
    }

    /**
     * Until Kafka has acknowledged a send (at start, during an outage) one file at a time: each send may block for
     * the producer's max.block.ms while the broker cannot be reached, and a round of them would stall ingest.
     * The files are read on the reader threads, and the worker waits for them outside the ledger transaction.
     */
    private void sendSome() throws InterruptedException {
        boolean confirmed = outage.isConfirmed();
        int limit = !outage.mayTry(clock.instant()) ? 0 : confirmed ? FILES_PER_ROUND : inFlight == 0 ? 1 : 0;
        limit = Math.min(limit, MAX_IN_FLIGHT - inFlight);
        readAhead(confirmed ? READ_AHEAD : limit);
        List<ReadFile> batch = readAhead.take(limit);
        ledger.inOneTransaction(() -> batch.forEach(file -> {
            if (publishOrFail(file)) {
                inFlight++;
            }
        }));
    }

    private void readAhead(int files) {
        List<ReadAhead.Claimed> toRead = new ArrayList<>();
        while (readAhead.size() + toRead.size() < files) {
            Path next = claimed.next();
            if (next == null) {
                break;
            }
            toRead.add(new ReadAhead.Claimed(next, claimed.isFirstSend(next)));
        }
        readAhead.submit(toRead);
    }

    /** A file the reader or a parser chokes on in an unforeseen way fails alone; the batch goes on. */
    private boolean publishOrFail(ReadFile file) {
        Throwable crash = file.crash();
        if (crash == null) {
            try {
                return sender.publish(file);
            } catch (RuntimeException | StackOverflowError e) {
                crash = e;
            }
        }
        LOG.error("cannot read {}", file.name(), crash);
        finisher.fail(file.file(), file.name(), "cannot read the file: " + crash, crash.getClass().getName());
        return false;
    }

    /** Claimed files not yet sent: waiting for their turn or their retry, or being read. */
    private boolean hasClaimed() {
        return claimed.size() > 0 || readAhead.size() > 0;
    }

    private void onAnswered(SentFile file) {
        answered.add(file);
        wakeup.signal();
    }

    private void finishAnswered() {
        List<SentFile> batch = new ArrayList<>();
        for (SentFile file = answered.poll(); file != null; file = answered.poll()) {
            batch.add(file);
        }
        if (!batch.isEmpty()) {
            try {
                finisher.finish(batch);
            } finally {
                // Whatever finishing left undone stays in processing for the next start; claiming must not stall.
                inFlight -= batch.size();
                progress.settled(batch.size());
            }
        }
    }

    /** How long the worker may sleep: until new work, the next rescan, a file's minimum age or a retry is up. */
    private Duration idleWait() {
        Instant now = clock.instant();
        boolean mayWork = !outage.isOngoing() && (outage.isConfirmed() || inFlight == 0);
        boolean sendable = claimed.hasWaiting() || readAhead.size() > 0;
        if (mayWork && (!ready.isEmpty() || (sendable && inFlight < MAX_IN_FLIGHT))) {
            return Duration.ZERO;
        }
        Instant until = nextRescan;
        if (outage.isOngoing() || sendable) {
            // An outage's backoff, or the probe's acknowledgement (which wakes the worker anyway).
            until = later(now.plus(MIN_READINESS_WAIT), earlier(until, outage.retryAt()));
        }
        Optional<Instant> readyAt = readyFiles.nextReadyAt().map(at -> later(at, now.plus(MIN_READINESS_WAIT)));
        Optional<Instant> retryAt = claimed.nextRetryAt();
        until = readyAt.filter(until::isAfter).orElse(until);
        until = retryAt.filter(until::isAfter).orElse(until);
        Duration wait = Duration.between(now, until);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Ready while the worker loop turns; never again once its thread has ended. */
    public Readiness readiness() {
        return heartbeat;
    }

    /** Stops the worker, waits for the answers to what was sent, settles those files, and closes the producer. */
    @Override
    public void close() {
        stopping.set(true);
        wakeup.signal();
        try {
            worker.join(Duration.ofSeconds(30).toMillis());
            if (worker.isAlive()) {
                // Blocked on an unreachable broker: the file it was sending stays in processing for the next start.
                worker.interrupt();
                worker.join(Duration.ofSeconds(10).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readAhead.close();
        producer.flush();
        finishAnswered();
        producer.close(Duration.ofSeconds(10));
        ledger.close();
    }
}
