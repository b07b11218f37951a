package org.cpecwatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.cpecwatch.ingest.files.Archive;
import org.cpecwatch.ingest.files.FailedFolder;
import org.cpecwatch.ingest.files.FailureNote;
import org.cpecwatch.ingest.files.FileMoves;
import org.cpecwatch.ingest.inbox.FileNames;
import org.cpecwatch.ingest.inbox.ReadyFiles;
import org.cpecwatch.ingest.ledger.IngestLedger;
import org.cpecwatch.ingest.ledger.LedgerEntry;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.LineFailure;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.RawArticles;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbox to {@code articles.raw}. A file is first claimed by an atomic move into the processing folder, then
 * published, and moved to the archive only in the acknowledgement's callback. Whatever is in processing when
 * the service starts (a crash, a broker outage) is simply published again under the same key: nothing is lost.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(5);

    private final IngestConfig config;
    private final Producer<String, RawArticle> producer;
    private final String topic;
    private final Clock clock;
    private final IngestListener listener;
    private final ReadyFiles readyFiles;
    private final ArticleFileReader reader;
    private final Archive archive;
    private final FailedFolder failedFolder;
    private final IngestLedger ledger;
    private final BrokerOutage outage = new BrokerOutage();
    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<Path, Instant> retryNotBefore = new ConcurrentHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread worker = new Thread(this::pollUntilStopped, "cpecwatch-ingest");

    public IngestService(IngestConfig config, Producer<String, RawArticle> producer, String topic, Clock clock,
                         IngestListener listener) {
        this.config = config;
        this.producer = producer;
        this.topic = topic;
        this.clock = clock;
        this.listener = listener;
        this.readyFiles = new ReadyFiles(config.inbox(), config.minFileAge(), clock);
        this.reader = new ArticleFileReader(config.maxFileBytes());
        this.archive = new Archive(config.archive());
        this.failedFolder = new FailedFolder(config.failed());
        this.ledger = IngestLedger.open(config.ledger(), clock);
    }

    /** Starts polling the inbox on a thread of its own. */
    public IngestService start() {
        worker.start();
        return this;
    }

    private void pollUntilStopped() {
        try {
            Files.createDirectories(config.inbox());
            Files.createDirectories(config.processing());
            while (stopped.getCount() > 0) {
                pollSafely();
                stopped.await(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.error("ingest stopped: cannot create {} or {}", config.inbox(), config.processing(), e);
        }
    }

    private void pollSafely() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            // One bad round (a file system hiccup) must not stop the inbox; the next round starts afresh.
            LOG.error("ingest round failed, trying again in {}", config.pollInterval(), e);
        }
    }

    /**
     * One round: publish what is claimed and due, then claim the files that are ready. While Kafka is unreachable
     * nothing new is claimed: the files wait in the inbox, where they belong until Kafka can take them.
     */
    public void pollOnce() {
        for (Path claimed : claimedFiles()) {
            if (!inFlight.contains(claimed) && isDue(claimed)) {
                publish(claimed);
            }
        }
        for (Path ready : readyFiles.scan()) {
            if (outage.isOngoing()) {
                break;
            }
            claim(ready).ifPresent(this::publish);
        }
    }

    private boolean isDue(Path claimed) {
        Instant now = clock.instant();
        return outage.mayTry(now) && !now.isBefore(retryNotBefore.getOrDefault(claimed, Instant.MIN));
    }

    private Optional<Path> claim(Path inboxFile) {
        readyFiles.forget(inboxFile);
        ledger.discovered(inboxFile);
        try {
            Path claimed = FileMoves.moveInto(inboxFile, config.processing());
            ledger.claimed(inboxFile, claimed);
            return Optional.of(claimed);
        } catch (IOException e) {
            // Left in the inbox: the next scan tries again (the user may have removed or locked it).
            LOG.warn("cannot claim {}: {}", inboxFile, e.getMessage());
            return Optional.empty();
        }
    }

    private List<Path> claimedFiles() {
        try (Stream<Path> files = Files.list(config.processing())) {
            // Not only regular files: a link or FIFO claimed before a restart must reach the reader to be refused.
            return files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !FileNames.isIgnored(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", config.processing(), e.getMessage());
            return List.of();
        }
    }

    private void publish(Path file) {
        String name = file.getFileName().toString();
        ReadOutcome outcome = reader.read(file, name);
        if (outcome instanceof ReadOutcome.Unreadable unreadable) {
            fail(file, name, unreadable.reason(), unreadable.exceptionClass());
            return;
        }
        ReadOutcome.Articles read = (ReadOutcome.Articles) outcome;
        Instant at = clock.instant();
        List<RawArticle> articles = read.articles().stream()
                .map(article -> RawArticles.from(article, read.sizeBytes(), name, at)).toList();
        Optional<String> earlier = ledger.earlierCopy(file, articles.stream().map(RawArticle::getId).toList());
        if (earlier.isPresent()) {
            archiveDuplicate(file, name, earlier.get());
            return;
        }
        ParsedArticle first = read.articles().get(0);
        ledger.sending(file, first.contentType(), first.charset(), articles.stream()
                .map(article -> new LedgerEntry.Article(article.getLineNumber(), article.getId(), null, null, null)).toList());
        PendingSends pending = new PendingSends(articles.size());
        inFlight.add(file);
        for (int sent = 0; sent < articles.size(); sent++) {
            RawArticle article = articles.get(sent);
            String id = article.getId();
            try {
                producer.send(new ProducerRecord<>(topic, id, article),
                        (metadata, error) -> acknowledged(file, name, read, pending, article, metadata, error));
            } catch (RuntimeException e) {
                // The articles not sent yet count as failed too, so the file is settled once, when all have answered.
                for (int unsent = sent; unsent < articles.size(); unsent++) {
                    if (pending.answered(e)) {
                        settle(file, name, read, pending);
                    }
                }
                return;
            }
        }
    }

    private void acknowledged(Path file, String name, ReadOutcome.Articles read, PendingSends pending,
                              RawArticle article, RecordMetadata metadata, Exception error) {
        if (error == null) {
            outage.sendSucceeded();
            ledger.published(file, article.getId(), article.getLineNumber(), metadata.topic(), metadata.partition(),
                    metadata.offset());
            listener.published(name, article.getId(), metadata.partition(), metadata.offset());
        }
        if (pending.answered(error)) {
            settle(file, name, read, pending);
        }
    }

    /** Every article of the file has been answered: archive it, or send it all again later under the same keys. */
    private void settle(Path file, String name, ReadOutcome.Articles read, PendingSends pending) {
        try {
            if (pending.firstError() != null) {
                onSendError(file, name, pending.firstError());
                return;
            }
            for (LineFailure line : read.failures()) {
                failedFolder.putLine(line.line(), FailureNote.ofLine(name, line.lineNumber(), line.reason(), clock.instant()));
                listener.failed(name + ", line " + line.lineNumber(), line.reason());
            }
            retryNotBefore.remove(file);
            ledger.archived(file, archive.put(file, clock.instant()));
        } catch (IOException e) {
            // The records are on Kafka; the file stays in processing and is sent again later under the same keys,
            // which downstream treats as the same articles.
            LOG.error("published {} but cannot archive it: {}", name, e.getMessage());
            retryNotBefore.put(file, clock.instant().plus(RETRY_BACKOFF));
        } finally {
            inFlight.remove(file);
        }
    }

    private void onSendError(Path file, String name, Exception error) {
        if (error instanceof RetriableException || error instanceof org.apache.kafka.common.errors.TimeoutException) {
            // An outage, not the file's fault: it stays in processing and is sent again when the backoff has passed.
            Duration backoff = outage.sendFailed(clock.instant());
            LOG.warn("cannot publish {} yet, Kafka unreachable; new files wait in the inbox, retrying in {}: {}",
                    name, backoff, error.getMessage());
            ledger.sendFailed(file, error);
        } else {
            fail(file, name, "Kafka refused the record: " + error.getMessage(), error.getClass().getName());
        }
    }

    /** An earlier file already sent this text: it is archived as a copy, not sent again and not an error. */
    private void archiveDuplicate(Path file, String name, String firstFileName) {
        try {
            ledger.duplicate(file, archive.put(file, clock.instant()), firstFileName);
            retryNotBefore.remove(file);
            LOG.info("{} holds the same text as {}: archived without sending it again", name, firstFileName);
        } catch (IOException e) {
            LOG.error("cannot archive the copy {}: {}", name, e.getMessage());
            retryNotBefore.put(file, clock.instant().plus(RETRY_BACKOFF));
        }
    }

    private void fail(Path file, String name, String reason, String exceptionClass) {
        FailureNote note = FailureNote.ofFile(name, reason, exceptionClass, Math.max(1, ledger.attempts(file)), clock.instant());
        try {
            // A file deleted after its claim has nothing left to move: the note alone tells what became of it.
            Path landed = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? failedFolder.put(file, note) : failedFolder.putNote(note);
            ledger.failed(file, landed, reason, exceptionClass);
            retryNotBefore.remove(file);
            listener.failed(name, reason);
        } catch (IOException e) {
            LOG.error("cannot move {} to the failed folder: {}", name, e.getMessage());
            retryNotBefore.put(file, clock.instant().plus(RETRY_BACKOFF));
        }
    }

    /** Stops polling, waits for the acknowledgements of what was sent, and closes the producer. */
    @Override
    public void close() {
        stopped.countDown();
        try {
            worker.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.flush();
        producer.close(Duration.ofSeconds(10));
        ledger.close();
    }
}
