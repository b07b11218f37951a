package org.cpecwatch.ingest.ledger;

import java.sql.Connection;
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

    private final Connection connection;

    LedgerReads(Connection connection) {
        this.connection = connection;
    }

    List<LedgerEntry> list(Optional<FileState> state) throws SQLException {
        String sql = FILES + (state.isPresent() ? " WHERE state = ?" : "") + " ORDER BY id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (state.isPresent()) {
                ps.setString(1, state.get().name());
            }
            return entries(ps);
        }
    }

    Optional<LedgerEntry> byId(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(FILES + " WHERE id = ?")) {
            ps.setLong(1, id);
            return entries(ps).stream().findFirst();
        }
    }

    /** The newest entry at {@code path} in one of {@code states}: a path is reused once its file moved on. */
    Optional<LedgerEntry> at(String path, FileState... states) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(states.length, "?"));
        try (PreparedStatement ps = connection.prepareStatement(
                FILES + " WHERE path = ? AND state IN (" + marks + ") ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, path);
            for (int i = 0; i < states.length; i++) {
                ps.setString(i + 2, states[i].name());
            }
            return entries(ps).stream().findFirst();
        }
    }

    /**
     * The earliest other file that sent an article with this hash and did not fail: acknowledged, or sent and
     * still waiting for the acknowledgement (two copies dropped together must not both go out).
     */
    Optional<LedgerEntry> firstSentWithHash(String hash, long excludingFile) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(FILES + " WHERE id = (SELECT MIN(a.file_id)"
                + " FROM ledger_articles a JOIN ledger_files f ON f.id = a.file_id WHERE a.hash = ? AND f.id <> ?"
                + " AND f.state IN ('CLAIMED', 'PUBLISHED', 'ARCHIVED'))")) {
            ps.setString(1, hash);
            ps.setLong(2, excludingFile);
            return entries(ps).stream().findFirst();
        }
    }

    Map<FileState, Long> counts() throws SQLException {
        Map<FileState, Long> counts = new EnumMap<>(FileState.class);
        for (FileState state : FileState.values()) {
            counts.put(state, 0L);
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT state, COUNT(*) FROM ledger_files GROUP BY state");
             ResultSet rs = ps.executeQuery()) {
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
        try (PreparedStatement ps = connection.prepareStatement("SELECT line, hash, topic, kafka_partition, kafka_offset"
                + " FROM ledger_articles WHERE file_id = ? ORDER BY line, rowid")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long line = nullableLong(rs, "line");
                    Long partition = nullableLong(rs, "kafka_partition");
                    articles.add(new LedgerEntry.Article(line == null ? null : line.intValue(), rs.getString("hash"),
                            rs.getString("topic"), partition == null ? null : partition.intValue(),
                            nullableLong(rs, "kafka_offset")));
                }
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
