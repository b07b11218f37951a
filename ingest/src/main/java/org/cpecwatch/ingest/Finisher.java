package org.cpecwatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.cpecwatch.ingest.files.Archive;
import org.cpecwatch.ingest.files.FailedFolder;
import org.cpecwatch.ingest.files.FailureNote;
import org.cpecwatch.ingest.ledger.IngestLedger;
import org.cpecwatch.ingest.read.LineFailure;
import org.cpecwatch.schemas.avro.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles files on the ingest worker: archives what Kafka acknowledged, schedules what it did not, quarantines
 * what cannot be read. Acknowledgements are recorded for a whole batch in one ledger transaction before any
 * file of the batch moves, so a crash in between finds them PUBLISHED and archives them without sending again.
 */
final class Finisher {

    private static final Logger LOG = LoggerFactory.getLogger(Finisher.class);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(5);

    private record Archived(Path file, Path archived) {
    }

    private final Archive archive;
    private final FailedFolder failedFolder;
    private final IngestLedger ledger;
    private final ClaimedFiles claimed;
    private final BrokerOutage outage;
    private final Clock clock;
    private final IngestListener listener;

    Finisher(IngestConfig config, IngestLedger ledger, ClaimedFiles claimed, BrokerOutage outage, Clock clock,
             IngestListener listener) {
        this.outage = outage;
        this.archive = new Archive(config.archive());
        this.failedFolder = new FailedFolder(config.failed());
        this.ledger = ledger;
        this.claimed = claimed;
        this.clock = clock;
        this.listener = listener;
    }

    /** Settles a batch of answered files: one transaction for the acknowledgements, one for the archive moves. */
    void finish(List<SentFile> batch) {
        ledger.inOneTransaction(() -> batch.stream().filter(f -> !f.alreadyAcknowledged() && f.answers().firstError() == null)
                .forEach(this::recordAcknowledgements));
        List<Archived> moved = new ArrayList<>();
        for (SentFile sent : batch) {
            if (sent.answers().firstError() != null) {
                onSendError(sent);
            } else {
                archiveAcknowledged(sent, moved);
            }
        }
        ledger.inOneTransaction(() -> moved.forEach(m -> ledger.archived(m.file(), m.archived())));
    }

    private void recordAcknowledgements(SentFile sent) {
        for (int i = 0; i < sent.articles().size(); i++) {
            RawArticle article = sent.articles().get(i);
            RecordMetadata at = sent.answers().acknowledgement(i);
            ledger.published(sent.file(), article.getId(), article.getLineNumber(), at.topic(), at.partition(), at.offset());
        }
    }

    private void archiveAcknowledged(SentFile sent, List<Archived> moved) {
        Path archived;
        try {
            archived = archive.put(sent.file(), clock.instant());
        } catch (IOException e) {
            // The records are on Kafka and the ledger says so: the retry archives the file without sending it again.
            LOG.error("published {} but cannot archive it: {}", sent.name(), e.getMessage());
            claimed.retryLater(sent.file(), RETRY_BACKOFF);
            return;
        }
        moved.add(new Archived(sent.file(), archived));
        noteBadLines(sent, archived);
        for (int i = 0; i < sent.articles().size(); i++) {
            RecordMetadata at = sent.answers().acknowledgement(i);
            listener.published(sent.name(), sent.articles().get(i).getId(), at == null ? -1 : at.partition(),
                    at == null ? -1 : at.offset());
        }
    }

    /**
     * One note for all the bad lines of an archived JSON-lines file, written once the file is archived so that
     * nothing repeats it: the file is settled, and a note that cannot be written is logged rather than retried.
     */
    private void noteBadLines(SentFile sent, Path archived) {
        List<LineFailure> failures = sent.read().failures();
        if (failures.isEmpty()) {
            return;
        }
        List<FailureNote.BadLine> badLines = failures.stream()
                .map(f -> new FailureNote.BadLine(f.lineNumber(), f.reason())).toList();
        FailureNote note = FailureNote.ofBadLines(sent.name(), badLines, archived, clock.instant());
        try {
            failedFolder.putNote(note);
        } catch (IOException e) {
            LOG.error("{}: {}; and the note on them cannot be written to the failed folder: {}", sent.name(),
                    note.reason(), e.getMessage());
        }
        listener.failed(sent.name(), note.reason());
    }

    /** Ingest stopping under a send (an interrupt, a closed producer) is not the file's fault either. */
    private static boolean stoppedMidSend(Exception error) {
        return error instanceof org.apache.kafka.common.errors.InterruptException || error instanceof IllegalStateException;
    }

    private void onSendError(SentFile sent) {
        Exception error = sent.answers().firstError();
        if (error instanceof RetriableException || error instanceof TimeoutException || stoppedMidSend(error)) {
            // An outage, not the file's fault: it stays in processing and is sent again when the backoff has passed.
            Duration backoff = outage.sendFailed(clock.instant());
            LOG.warn("cannot publish {} yet, Kafka unreachable; new files wait in the inbox, retrying in {}: {}",
                    sent.name(), backoff, error.getMessage());
            ledger.sendFailed(sent.file(), error);
            claimed.retryLater(sent.file(), backoff);
        } else {
            fail(sent.file(), sent.name(), "Kafka refused the record: " + error.getMessage(), error.getClass().getName());
        }
    }

    /** An earlier file already sent this text: it is archived as a copy, not sent again and not an error. */
    void archiveDuplicate(Path file, String name, String firstFileName) {
        try {
            ledger.duplicate(file, archive.put(file, clock.instant()), firstFileName);
            LOG.debug("{} holds the same text as {}: archived without sending it again", name, firstFileName);
        } catch (IOException e) {
            LOG.error("cannot archive the copy {}: {}", name, e.getMessage());
            claimed.retryLater(file, RETRY_BACKOFF);
        }
    }

    void fail(Path file, String name, String reason, String exceptionClass) {
        FailureNote note = FailureNote.ofFile(name, reason, exceptionClass, Math.max(1, ledger.attempts(file)), clock.instant());
        // A file deleted after its claim has nothing left to move: the note alone tells what became of it.
        boolean present = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        Path landed = file;
        if (present) {
            try {
                landed = failedFolder.moveIn(file);
            } catch (IOException e) {
                // Still in processing, where a later try may succeed (a full disk freed, a folder put back).
                LOG.error("cannot move {} to the failed folder: {}", name, e.getMessage());
                claimed.retryLater(file, RETRY_BACKOFF);
                return;
            }
        }
        try {
            Path written = present ? failedFolder.writeSidecar(landed, note) : failedFolder.putNote(note);
            landed = present ? landed : written;
        } catch (IOException e) {
            // The file is out of processing (or gone) and the ledger keeps the reason: trying again would only loop.
            LOG.error("{} failed ({}) but its note cannot be written: {}", name, reason, e.getMessage());
        }
        ledger.failed(file, landed, reason, exceptionClass);
        listener.failed(name, reason);
    }
}
