package org.cpecwatch.sink.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.cpecwatch.sink.db.Dialect;

/**
 * What the database gained since a moment: how a reader follows the pipeline without being part of it. Moments are
 * the ISO-8601 UTC text of {@code Timestamps}, compared by the database in its own timestamp type.
 */
public final class ChangeQueries {

    /** An article as a live listing announces it. */
    public record StoredArticle(String id, String title, String label, String date, String storedAt) {
    }

    /** An incident as a live listing announces it. */
    public record ChangedIncident(String id, String type, String place, String province, String updatedAt) {
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
        return latest("SELECT max(updated_at) AS moment FROM incidents");
    }

    /** Articles stored (or stored again) after the moment, oldest first, at most {@code limit}. */
    public List<StoredArticle> articlesAfter(String moment, int limit) throws SQLException {
        List<StoredArticle> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, title, relevance_label, "
                + "COALESCE(published_date, " + dialect.isoDate("ingested_at") + ") AS day, stored_at FROM articles"
                + " WHERE stored_at > " + dialect.timestampParameter() + " ORDER BY stored_at, id LIMIT ?")) {
            s.setString(1, moment);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new StoredArticle(rs.getString("id"), rs.getString("title"),
                            rs.getString("relevance_label"), rs.getString("day"), dialect.readTimestamp(rs, "stored_at")));
                }
            }
        }
        return found;
    }

    /** Incidents written (created, updated) after the moment, oldest first, at most {@code limit}. */
    public List<ChangedIncident> incidentsAfter(String moment, int limit) throws SQLException {
        List<ChangedIncident> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, type, place, province, updated_at"
                + " FROM incidents WHERE updated_at > " + dialect.timestampParameter() + " ORDER BY updated_at, id LIMIT ?")) {
            s.setString(1, moment);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new ChangedIncident(rs.getString("id"), rs.getString("type"), rs.getString("place"),
                            rs.getString("province"), dialect.readTimestamp(rs, "updated_at")));
                }
            }
        }
        return found;
    }

    private String latest(String sql) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return rs.next() ? dialect.readTimestamp(rs, "moment") : null;
        }
    }
}
