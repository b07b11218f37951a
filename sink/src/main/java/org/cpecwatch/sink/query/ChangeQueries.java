package org.cpecwatch.sink.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.cpecwatch.sink.db.Dialect;

/**
 * What the database gained since a moment: how a reader follows the pipeline without being part of it. Rows are read
 * in the order the sink wrote them ({@code stored_at}, then id), a page at a time from a position, so a batch of any
 * size is read whole however many rows share its moment. Moments are the ISO-8601 UTC text of {@code Timestamps},
 * compared by the database in its own timestamp type.
 */
public final class ChangeQueries {

    /** Where a reader stands: after the row written at {@code storedAt} with this id ("" for before any). */
    public record Position(String storedAt, String id) {
    }

    /** A row a follower reads: where it stands in the order the sink wrote. */
    public interface Change {
        String id();

        String storedAt();

        default Position position() {
            return new Position(storedAt(), id());
        }
    }

    /** An article as a live listing announces it. */
    public record StoredArticle(String id, String title, String label, String date, String storedAt) implements Change {
    }

    /** An incident as a live listing announces it. */
    public record ChangedIncident(String id, String type, String place, String province, String storedAt)
            implements Change {
    }

    private final Connection connection;
    private final Dialect dialect;

    public ChangeQueries(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The newest row's moment, or null for an empty table: where a new follower starts. */
    public String latestArticle() throws SQLException {
        return latest("SELECT max(stored_at) AS moment FROM articles");
    }

    public String latestIncident() throws SQLException {
        return latest("SELECT max(stored_at) AS moment FROM incidents");
    }

    /** Articles stored (or stored again) after the position, in the order written, at most {@code limit}. */
    public List<StoredArticle> articlesAfter(Position after, int limit) throws SQLException {
        List<StoredArticle> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, title, relevance_label, "
                + "COALESCE(published_date, " + dialect.isoDate("ingested_at") + ") AS day, stored_at FROM articles"
                + " WHERE " + after() + " ORDER BY stored_at, id LIMIT ?")) {
            bind(s, after, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new StoredArticle(rs.getString("id"), rs.getString("title"),
                            rs.getString("relevance_label"), rs.getString("day"), dialect.readTimestamp(rs, "stored_at")));
                }
            }
        }
        return found;
    }

    /** Incidents written (created, updated) after the position, in the order written, at most {@code limit}. */
    public List<ChangedIncident> incidentsAfter(Position after, int limit) throws SQLException {
        List<ChangedIncident> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, type, place, province, stored_at"
                + " FROM incidents WHERE " + after() + " ORDER BY stored_at, id LIMIT ?")) {
            bind(s, after, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new ChangedIncident(rs.getString("id"), rs.getString("type"), rs.getString("place"),
                            rs.getString("province"), dialect.readTimestamp(rs, "stored_at")));
                }
            }
        }
        return found;
    }

    private String after() {
        String ts = dialect.timestampParameter();
        return "(stored_at > " + ts + " OR (stored_at = " + ts + " AND id > ?))";
    }

    private static void bind(PreparedStatement s, Position after, int limit) throws SQLException {
        s.setString(1, after.storedAt());
        s.setString(2, after.storedAt());
        s.setString(3, after.id());
        s.setInt(4, limit);
    }

    private String latest(String sql) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return rs.next() ? dialect.readTimestamp(rs, "moment") : null;
        }
    }
}
