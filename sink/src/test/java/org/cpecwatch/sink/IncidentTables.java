package org.cpecwatch.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.sink.db.Database;

/**
 * The incident register as a test reads it back, in values that compare alike on every database: booleans as
 * Boolean, JSON as parsed trees (PostgreSQL reorders jsonb keys), timestamps as ISO text.
 */
public final class IncidentTables {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXT = List.of("id", "type", "incident_date", "date_precision", "place",
            "place_precision", "city", "province", "lat", "lon", "killed", "injured", "perpetrator", "target",
            "report_count");
    private static final List<String> BOOLEANS = List.of("perpetrator_claimed", "background");
    private static final List<String> JSON_COLUMNS = List.of("killed_by_nationality", "injured_by_nationality",
            "conflicts", "record_json");
    private static final List<String> TIMESTAMPS = List.of("first_reported_at", "updated_at");

    private IncidentTables() {
    }

    /** Every incident whose id starts with {@code prefix}, each with its column values and its reports. */
    public static Map<String, Map<String, Object>> snapshot(Database db, String prefix) throws SQLException {
        Map<String, Map<String, Object>> incidents = new TreeMap<>();
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT * FROM incidents WHERE id LIKE ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = read(db, rs);
                    row.put("reports", reports(db, rs.getString("id")));
                    incidents.put(rs.getString("id"), row);
                }
            }
        }
        return incidents;
    }

    /** The incident's row and reports; empty when the register does not hold it. */
    public static Map<String, Object> row(Database db, String id) throws SQLException {
        return snapshot(db, id).getOrDefault(id, Map.of());
    }

    /** The article ids of the incident's report rows, sorted. */
    public static Set<String> reports(Database db, String id) throws SQLException {
        Set<String> articles = new TreeSet<>();
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT article_id FROM incident_reports WHERE incident_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    articles.add(rs.getString(1));
                }
            }
        }
        return articles;
    }

    private static Map<String, Object> read(Database db, ResultSet rs) throws SQLException {
        Map<String, Object> row = new TreeMap<>();
        for (String column : TEXT) {
            row.put(column, rs.getString(column));
        }
        for (String column : BOOLEANS) {
            row.put(column, rs.getBoolean(column));
        }
        for (String column : JSON_COLUMNS) {
            try {
                row.put(column, JSON.readTree(rs.getString(column)));
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON in " + column + ": " + rs.getString(column), e);
            }
        }
        for (String column : TIMESTAMPS) {
            row.put(column, db.dialect().readTimestamp(rs, column));
        }
        return row;
    }
}
