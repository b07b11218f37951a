package org.cpecwatch.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentReport;
import org.cpecwatch.schemas.json.AvroJson;
import org.cpecwatch.sink.db.Dialect;
import org.cpecwatch.sink.db.Timestamps;

/**
 * The SQL that keeps the incident register: one row per incident, one per article reporting it. Every change
 * replaces what was stored for its id, so a replay changes nothing. The caller owns the transaction.
 */
final class IncidentRows {

    private final String upsertIncident;

    IncidentRows(Dialect dialect) {
        String ts = dialect.timestampParameter();
        String json = dialect.jsonParameter();
        this.upsertIncident = """
                INSERT INTO incidents (id, type, incident_date, date_precision, place, place_precision, city, province,
                                       lat, lon, killed, injured, killed_by_nationality, injured_by_nationality,
                                       perpetrator, perpetrator_claimed, target, background, report_count, conflicts,
                                       record_json, first_reported_at, updated_at, stored_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, %s, ?, ?, ?, ?, ?, %s, %s, %s, %s, %s)
                ON CONFLICT (id) DO UPDATE SET
                    type = excluded.type, incident_date = excluded.incident_date,
                    date_precision = excluded.date_precision, place = excluded.place,
                    place_precision = excluded.place_precision, city = excluded.city, province = excluded.province,
                    lat = excluded.lat, lon = excluded.lon, killed = excluded.killed, injured = excluded.injured,
                    killed_by_nationality = excluded.killed_by_nationality,
                    injured_by_nationality = excluded.injured_by_nationality, perpetrator = excluded.perpetrator,
                    perpetrator_claimed = excluded.perpetrator_claimed, target = excluded.target,
                    background = excluded.background, report_count = excluded.report_count,
                    conflicts = excluded.conflicts, record_json = excluded.record_json,
                    first_reported_at = excluded.first_reported_at, updated_at = excluded.updated_at,
                    stored_at = excluded.stored_at
                """.formatted(json, json, json, json, ts, ts, ts);
    }

    /** {@code storedAt} is when this batch is written: a reader following the table orders changes by it. */
    void write(Connection c, List<IncidentChange> changes, String storedAt) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Incident> latest = latestPerId(changes);
        List<String> removed = latest.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        List<Incident> present = latest.values().stream().filter(Objects::nonNull).toList();
        // Reports are replaced, never merged: an update may also drop an article that turned out to tell another event.
        deleteWhereIn(c, "DELETE FROM incident_reports WHERE incident_id IN", List.copyOf(latest.keySet()));
        deleteWhereIn(c, "DELETE FROM incidents WHERE id IN", removed);
        try (PreparedStatement upsert = c.prepareStatement(upsertIncident)) {
            for (Incident incident : present) {
                bindIncident(upsert, incident);
                upsert.setString(24, storedAt);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        insertReports(c, present);
    }

    /**
     * The last change of each id, in the order the topic holds them: an incident updated or removed twice within
     * one batch ends as the later change says, as it would across batches, and no statement touches a row twice.
     */
    private static Map<String, Incident> latestPerId(List<IncidentChange> changes) {
        Map<String, Incident> latest = new LinkedHashMap<>();
        for (IncidentChange change : changes) {
            latest.remove(change.id());
            latest.put(change.id(), change.incident());
        }
        return latest;
    }

    private static void bindIncident(PreparedStatement s, Incident i) throws SQLException {
        int n = 1;
        s.setString(n++, i.getId());
        s.setString(n++, i.getType());
        s.setString(n++, i.getDate());
        s.setString(n++, i.getDatePrecision());
        s.setString(n++, i.getPlace());
        s.setString(n++, i.getPlacePrecision());
        s.setString(n++, i.getCity());
        s.setString(n++, i.getProvince());
        setNullable(s, n++, i.getLat(), Types.DOUBLE);
        setNullable(s, n++, i.getLon(), Types.DOUBLE);
        setNullable(s, n++, i.getKilled(), Types.INTEGER);
        setNullable(s, n++, i.getInjured(), Types.INTEGER);
        s.setString(n++, AvroJson.toNode(new TreeMap<>(i.getKilledByNationality())).toString());
        s.setString(n++, AvroJson.toNode(new TreeMap<>(i.getInjuredByNationality())).toString());
        s.setString(n++, i.getPerpetrator());
        s.setBoolean(n++, i.getClaimed());
        s.setString(n++, i.getTarget());
        s.setBoolean(n++, i.getBackground());
        s.setInt(n++, i.getReportCount());
        s.setString(n++, AvroJson.toNode(i.getConflicts()).toString());
        s.setString(n++, AvroJson.toJson(i));
        s.setString(n++, Timestamps.format(i.getFirstReportedAt()));
        s.setString(n, Timestamps.format(i.getUpdatedAt()));
    }

    private static void setNullable(PreparedStatement s, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            s.setNull(index, sqlType);
        } else {
            s.setObject(index, value, sqlType);
        }
    }

    private static void insertReports(Connection c, List<Incident> incidents) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO incident_reports (incident_id, article_id) VALUES (?, ?)")) {
            for (Incident incident : incidents) {
                for (String articleId : reportingArticles(incident)) {
                    insert.setString(1, incident.getId());
                    insert.setString(2, articleId);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The articles the record names, once each: its article ids, and those of its reports in case the list lags. */
    private static Set<String> reportingArticles(Incident incident) {
        Set<String> ids = new LinkedHashSet<>(incident.getArticleIds());
        incident.getReports().stream().map(IncidentReport::getArticleId).forEach(ids::add);
        return ids;
    }

    /** One statement for the whole batch: a round trip per incident is what makes a remote database slow. */
    private static void deleteWhereIn(Connection c, String deleteWhereColumnIn, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement delete = c.prepareStatement(deleteWhereColumnIn + " (" + placeholders + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                delete.setString(i + 1, ids.get(i));
            }
            delete.executeUpdate();
        }
    }
}
