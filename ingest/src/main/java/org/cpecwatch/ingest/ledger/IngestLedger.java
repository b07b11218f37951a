package org.cpecwatch.ingest.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What ingest tells the {@link FileLedger}, by the path a file has now. The ledger is the record of what happened,
 * not the mechanism that keeps files safe (the folders are): a failed write is logged and the file flows on.
 */
public final class IngestLedger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestLedger.class);

    private final FileLedger ledger;
    private final Map<Path, Long> entries = new ConcurrentHashMap<>();

    private IngestLedger(FileLedger ledger) {
        this.ledger = ledger;
    }

    public static IngestLedger open(Path file, Clock clock) {
        try {
            return new IngestLedger(FileLedger.open(file, clock));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the ingest ledger " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moved from the inbox into processing; {@code sizeBytes} as the inbox scan saw it.
     *
     * @param mayBeRetried what {@link #hasRetried} said in this transaction
     */
    public void claimedFromInbox(Path inboxFile, Path claimed, long sizeBytes, boolean mayBeRetried) {
        write(claimed, "claimed", () -> entries.put(claimed, ledger.claimedFromInbox(inboxFile.getFileName().toString(),
                inboxFile, claimed, sizeBytes, mayBeRetried)));
    }

    /** Whether {@code retry} put files back whose entries a claim continues; true when the ledger cannot tell. */
    public boolean hasRetried() {
        try {
            return ledger.hasDiscovered();
        } catch (SQLException e) {
            LOG.warn("cannot look for retried files in the ingest ledger: {}", e.getMessage());
            return true;
        }
    }

    /** The name of an earlier file that already sent every one of these texts, if there is one. */
    public Optional<String> earlierCopy(Path file, List<String> hashes) {
        try {
            long id = idOf(file);
            String first = null;
            for (String hash : hashes) {
                Optional<String> copy = ledger.firstSenderName(hash, id);
                if (copy.isEmpty()) {
                    return Optional.empty();
                }
                first = first == null ? copy.get() : first;
            }
            return Optional.ofNullable(first);
        } catch (SQLException e) {
            LOG.warn("cannot look up earlier copies of {} in the ingest ledger, sending it: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The articles of the file in processing at {@code file} when Kafka acknowledged every one of them, with
     * exactly these keys, before ingest stopped: such a file is archived, not sent again.
     */
    public boolean acknowledgedEarlier(Path file, List<String> hashes) {
        try {
            Optional<LedgerEntry> entry = ledger.inProcessingAt(file);
            if (entry.isEmpty() || entry.get().articles().isEmpty()) {
                return false;
            }
            List<LedgerEntry.Article> articles = entry.get().articles();
            return articles.stream().allMatch(LedgerEntry.Article::isAcknowledged)
                    && articles.stream().map(LedgerEntry.Article::hash).sorted().toList()
                    .equals(hashes.stream().sorted().toList());
        } catch (SQLException e) {
            LOG.warn("cannot look up {} in the ingest ledger, sending it again: {}", file, e.getMessage());
            return false;
        }
    }

    /** When the file now in processing at {@code file} was first seen in the inbox, if the ledger knows it. */
    public Optional<java.time.Instant> discoveredAt(Path file) {
        try {
            return ledger.inProcessingAt(file).map(entry -> java.time.Instant.parse(entry.discoveredAt()));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("cannot look up {} in the ingest ledger: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Runs {@code writes} as one transaction; each write still logs and skips its own failure. */
    public void inOneTransaction(Runnable writes) {
        try {
            ledger.inTransaction(writes::run);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("cannot commit a batch of ingest ledger writes: {}", e.getMessage());
        }
    }

    public void sending(Path file, String contentType, String charset, List<LedgerEntry.Article> articles) {
        write(file, "sending", () -> ledger.sending(idOf(file), contentType, charset, articles));
    }

    public void published(Path file, String hash, Integer line, String topic, int partition, long offset) {
        write(file, "published", () -> ledger.published(idOf(file), hash, line, topic, partition, offset));
    }

    public void sendFailed(Path file, Exception error) {
        write(file, "send failed", () -> ledger.sendFailed(idOf(file), error.getMessage(), error.getClass().getName()));
    }

    public void archived(Path file, Path archived) {
        write(file, "archived", () -> ledger.archived(settled(file), archived));
    }

    public void duplicate(Path file, Path archived, String firstFileName) {
        write(file, "duplicate", () -> ledger.duplicate(settled(file), archived, firstFileName));
    }

    /** How many times the file's records were sent; 0 when it never got that far or the ledger cannot tell. */
    public int attempts(Path file) {
        try {
            return ledger.entry(idOf(file)).map(LedgerEntry::attempts).orElse(0);
        } catch (SQLException e) {
            LOG.warn("cannot read the attempts of {} from the ingest ledger: {}", file, e.getMessage());
            return 0;
        }
    }

    public void failed(Path file, Path failed, String reason, String exceptionClass) {
        write(file, "failed", () -> ledger.failed(settled(file), failed, reason, exceptionClass));
    }

    @Override
    public void close() {
        try {
            ledger.close();
        } catch (SQLException e) {
            LOG.warn("cannot close the ingest ledger: {}", e.getMessage());
        }
    }

    /** A file found in processing at start-up (a crash, a stop) continues its entry; one the ledger never saw gets one. */
    private long idOf(Path file) throws SQLException {
        Long known = entries.get(file);
        if (known != null) {
            return known;
        }
        Optional<LedgerEntry> left = ledger.inProcessingAt(file);
        long id = left.isPresent() ? left.get().id()
                : ledger.discovered(file.getFileName().toString(), file, sizeOf(file));
        if (left.isEmpty()) {
            ledger.claimed(id, file);
        }
        entries.put(file, id);
        return id;
    }

    /** The file left processing: its path is free for the next file of that name. */
    private long settled(Path file) throws SQLException {
        long id = idOf(file);
        entries.remove(file);
        return id;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private interface LedgerWrite {
        void run() throws SQLException;
    }

    private static void write(Path file, String what, LedgerWrite write) {
        try {
            write.run();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("cannot record {} for {} in the ingest ledger: {}", what, file, e.getMessage());
        }
    }
}
