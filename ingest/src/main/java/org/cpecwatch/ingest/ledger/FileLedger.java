package org.cpecwatch.ingest.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable record of every file dropped into the inbox: {@code <data>/ingest-ledger.db}, SQLite in WAL mode.
 * One connection, every method synchronized: the ingest worker and the producer's callback thread both write,
 * and SQLite takes one writer at a time anyway. Other processes ({@code cpecwatch files}, {@code retry}) open
 * their own ledger and wait for the lock through the busy timeout.
 */
public final class FileLedger implements AutoCloseable {

    public static final String FILE_NAME = "ingest-ledger.db";

    private final Connection connection;
    private final Statements statements;
    private final LedgerReads reads;
    private final Clock clock;

    private FileLedger(Connection connection, Clock clock) {
        this.connection = connection;
        this.statements = new Statements(connection);
        this.reads = new LedgerReads(statements);
        this.clock = clock;
    }

    public static Path location(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Opens the ledger, creating the file and its tables on first use. */
    public static FileLedger open(Path file, Clock clock) throws SQLException {
        return new FileLedger(LedgerSchema.connect(file), clock);
    }

    /** A file found in the inbox; a file {@code retry} put back at that path keeps its entry and history. */
    public synchronized long discovered(String name, Path path, long sizeBytes) throws SQLException {
        String stored = stored(path);
        Optional<Long> known = reads.idAt(stored, FileState.DISCOVERED);
        if (known.isPresent()) {
            update("UPDATE ledger_files SET size_bytes = ?, updated_at = ? WHERE id = ?", sizeBytes, now(), known.get());
            return known.get();
        }
        String now = now();
        try (ResultSet rs = statements.of("INSERT INTO ledger_files (name, path, size_bytes, state, discovered_at,"
                + " updated_at) VALUES (?, ?, ?, 'DISCOVERED', ?, ?) RETURNING id", name, stored, sizeBytes, now, now)
                .executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public synchronized void claimed(long id, Path processingPath) throws SQLException {
        setState(id, FileState.CLAIMED, "path = ?", stored(processingPath));
    }

    /**
     * A file moved from the inbox into processing, recorded in one write: {@link #discovered} and {@link #claimed}
     * together, as ingest claims thousands of files a minute. A file {@code retry} put back keeps its entry; with
     * {@code mayBeRetried} false (no entry is DISCOVERED, see {@link #hasDiscovered}) none is looked for.
     */
    public synchronized long claimedFromInbox(String name, Path inboxPath, Path processingPath, long sizeBytes,
                                              boolean mayBeRetried) throws SQLException {
        Optional<Long> retried = mayBeRetried ? reads.idAt(stored(inboxPath), FileState.DISCOVERED) : Optional.empty();
        if (retried.isPresent()) {
            update("UPDATE ledger_files SET size_bytes = ? WHERE id = ?", sizeBytes, retried.get());
            claimed(retried.get(), processingPath);
            return retried.get();
        }
        String now = now();
        try (ResultSet rs = statements.of("INSERT INTO ledger_files (name, path, size_bytes, state, discovered_at,"
                + " updated_at) VALUES (?, ?, ?, 'CLAIMED', ?, ?) RETURNING id", name, stored(processingPath), sizeBytes,
                now, now).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether any entry waits in the inbox as DISCOVERED: a file {@code retry} put back, as a rule. */
    public synchronized boolean hasDiscovered() throws SQLException {
        return reads.hasState(FileState.DISCOVERED);
    }

    /** Its records are about to be sent (again): counts the attempt and records the keys it will have. */
    public synchronized void sending(long id, String contentType, String charset, List<LedgerEntry.Article> articles)
            throws SQLException {
        inTransaction(() -> {
            update("UPDATE ledger_files SET attempts = attempts + 1, content_type = ?, charset = ?, updated_at = ?"
                    + " WHERE id = ?", contentType, charset, now(), id);
            update("DELETE FROM ledger_articles WHERE file_id = ?", id);
            for (LedgerEntry.Article article : articles) {
                update("INSERT INTO ledger_articles (file_id, line, hash) VALUES (?, ?, ?)", id, article.line(), article.hash());
            }
        });
    }

    /**
     * Runs several writes as one SQLite transaction: ingest records a whole round of files at once, since a
     * commit costs far more than a row. Nested calls join the outer transaction.
     */
    public synchronized void inTransaction(SqlWork work) throws SQLException {
        if (!connection.getAutoCommit()) {
            work.run();
            return;
        }
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Ledger writes to run in one transaction. */
    public interface SqlWork {
        void run() throws SQLException;
    }

    public synchronized void published(long id, String hash, Integer line, String topic, int partition, long offset)
            throws SQLException {
        update("UPDATE ledger_articles SET topic = ?, kafka_partition = ?, kafka_offset = ?, published_at = ?"
                + " WHERE file_id = ? AND hash = ? AND line IS ?", topic, partition, offset, now(), id, hash, line);
        setState(id, FileState.PUBLISHED, "");
    }

    public synchronized void archived(long id, Path archivedPath) throws SQLException {
        setState(id, FileState.ARCHIVED, "path = ?", stored(archivedPath));
    }

    public synchronized void failed(long id, Path failedPath, String reason, String exceptionClass) throws SQLException {
        setState(id, FileState.FAILED, "path = ?, last_error = ?, error_class = ?", stored(failedPath), reason, exceptionClass);
    }

    /** A send that will be tried again (the broker is away): the state stays, the error is kept for people. */
    public synchronized void sendFailed(long id, String reason, String exceptionClass) throws SQLException {
        update("UPDATE ledger_files SET last_error = ?, error_class = ?, updated_at = ? WHERE id = ?",
                reason, exceptionClass, now(), id);
    }

    public synchronized void duplicate(long id, Path archivedPath, String firstFileName) throws SQLException {
        setState(id, FileState.DUPLICATE, "path = ?, duplicate_of = ?", stored(archivedPath), firstFileName);
    }

    /** {@code cpecwatch retry} moved a failed file back into the inbox, perhaps under a new free name. */
    public synchronized void retried(long id, Path inboxPath) throws SQLException {
        setState(id, FileState.DISCOVERED, "path = ?, name = ?", stored(inboxPath), inboxPath.getFileName().toString());
    }

    public synchronized Optional<LedgerEntry> firstSentWithHash(String hash, long excludingFile) throws SQLException {
        return reads.firstSentWithHash(hash, excludingFile);
    }

    /** The name of {@link #firstSentWithHash}'s file, without reading its whole entry. */
    public synchronized Optional<String> firstSenderName(String hash, long excludingFile) throws SQLException {
        return reads.firstSenderName(hash, excludingFile);
    }

    /** The entry of a file still in processing at {@code path}: how a restart finds what it was doing. */
    public synchronized Optional<LedgerEntry> inProcessingAt(Path path) throws SQLException {
        return reads.at(stored(path), FileState.CLAIMED, FileState.PUBLISHED);
    }

    public synchronized Optional<LedgerEntry> failedAt(Path path) throws SQLException {
        return reads.at(stored(path), FileState.FAILED);
    }

    public synchronized Optional<LedgerEntry> entry(long id) throws SQLException {
        return reads.byId(id);
    }

    public synchronized List<LedgerEntry> list(Optional<FileState> state) throws SQLException {
        return reads.list(state);
    }

    public synchronized Map<FileState, Long> counts() throws SQLException {
        return reads.counts();
    }

    @Override
    public synchronized void close() throws SQLException {
        statements.close();
        connection.close();
    }

    private void setState(long id, FileState state, String assignments, Object... values) throws SQLException {
        Object[] all = new Object[values.length + 3];
        all[0] = state.name();
        System.arraycopy(values, 0, all, 1, values.length);
        all[values.length + 1] = now();
        all[values.length + 2] = id;
        update("UPDATE ledger_files SET state = ?" + (assignments.isEmpty() ? "" : ", " + assignments)
                + ", updated_at = ? WHERE id = ?", all);
    }

    private void update(String sql, Object... values) throws SQLException {
        statements.update(sql, values);
    }

    /** Paths are stored absolute and normalised, so every process finds an entry by the same text. */
    private static String stored(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private String now() {
        return clock.instant().toString();
    }
}
