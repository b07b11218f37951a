package org.cpecwatch.ingest.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ledger's queries, turned into {@link LedgerEntry} values; the caller holds the connection's lock. */
final class LedgerReads {

    private static final String FILES = "SELECT id, name, path, size_bytes, content_type, charset, state, attempts,"
            + " last_error, error_class, duplicate_of, discovered_at, updated_at FROM ledger_files";
    // The earliest other file that sent an article with this hash and did not fail.
    private static final String FIRST_SENDER = "(SELECT MIN(a.file_id) FROM ledger_articles a"
            + " JOIN ledger_files f ON f.id = a.file_id WHERE a.hash = ? AND f.id <> ?"
            + " AND f.state IN ('CLAIMED', 'PUBLISHED', 'ARCHIVED'))";

    private final Statements statements;

    LedgerReads(Statements statements) {
        this.statements = statements;
    }

    List<LedgerEntry> list(Optional<FileState> state) throws SQLException {
        return state.isPresent() ? entries(statements.of(FILES + " WHERE state = ? ORDER BY id", state.get().name()))
                : entries(statements.of(FILES + " ORDER BY id"));
    }

    Optional<LedgerEntry> byId(long id) throws SQLException {
        return entries(statements.of(FILES + " WHERE id = ?", id)).stream().findFirst();
    }

    /** The newest entry at {@code path} in one of {@code states}: a path is reused once its file moved on. */
    Optional<LedgerEntry> at(String path, FileState... states) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(states.length, "?"));
        Object[] values = new Object[states.length + 1];
        values[0] = path;
        for (int i = 0; i < states.length; i++) {
            values[i + 1] = states[i].name();
        }
        return entries(statements.of(FILES + " WHERE path = ? AND state IN (" + marks + ") ORDER BY id DESC LIMIT 1",
                values)).stream().findFirst();
    }

    boolean hasState(FileState state) throws SQLException {
        try (ResultSet rs = statements.of("SELECT EXISTS (SELECT 1 FROM ledger_files WHERE state = ?)", state.name())
                .executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The id alone of the newest entry at {@code path} in {@code state}: ingest asks this for every file it claims. */
    Optional<Long> idAt(String path, FileState state) throws SQLException {
        try (ResultSet rs = statements.of("SELECT id FROM ledger_files WHERE path = ? AND state = ? ORDER BY id DESC"
                + " LIMIT 1", path, state.name()).executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    /**
     * The earliest other file that sent an article with this hash and did not fail: acknowledged, or sent and
     * still waiting for the acknowledgement (two copies dropped together must not both go out).
     */
    Optional<LedgerEntry> firstSentWithHash(String hash, long excludingFile) throws SQLException {
        return entries(statements.of(FILES + " WHERE id = " + FIRST_SENDER, hash, excludingFile)).stream().findFirst();
    }

    /** The name alone of {@link #firstSentWithHash}'s file: ingest asks this for every article it sends. */
    Optional<String> firstSenderName(String hash, long excludingFile) throws SQLException {
        try (ResultSet rs = statements.of("SELECT name FROM ledger_files WHERE id = " + FIRST_SENDER, hash, excludingFile)
                .executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    Map<FileState, Long> counts() throws SQLException {
        Map<FileState, Long> counts = new EnumMap<>(FileState.class);
        for (FileState state : FileState.values()) {
            counts.put(state, 0L);
        }
        try (ResultSet rs = statements.of("SELECT state, COUNT(*) FROM ledger_files GROUP BY state").executeQuery()) {
            while (rs.next()) {
                counts.put(FileState.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return counts;
    }

    private List<LedgerEntry> entries(PreparedStatement ps) throws SQLException {
        List<LedgerEntry> entries = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                entries.add(new LedgerEntry(id, rs.getString("name"), rs.getString("path"), rs.getLong("size_bytes"),
                        rs.getString("content_type"), rs.getString("charset"), FileState.valueOf(rs.getString("state")),
                        rs.getInt("attempts"), rs.getString("last_error"), rs.getString("error_class"),
                        rs.getString("duplicate_of"), rs.getString("discovered_at"), rs.getString("updated_at"),
                        articles(id)));
            }
        }
        return entries;
    }

    private List<LedgerEntry.Article> articles(long fileId) throws SQLException {
        List<LedgerEntry.Article> articles = new ArrayList<>();
        try (ResultSet rs = statements.of("SELECT line, hash, topic, kafka_partition, kafka_offset"
                + " FROM ledger_articles WHERE file_id = ? ORDER BY line, rowid", fileId).executeQuery()) {
            while (rs.next()) {
                Long line = nullableLong(rs, "line");
                Long partition = nullableLong(rs, "kafka_partition");
                articles.add(new LedgerEntry.Article(line == null ? null : line.intValue(), rs.getString("hash"),
                        rs.getString("topic"), partition == null ? null : partition.intValue(),
                        nullableLong(rs, "kafka_offset")));
            }
        }
        return articles;
    }

    // The driver's getObject(column, Integer.class) refuses NULL, which these columns hold until acknowledged.
    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
