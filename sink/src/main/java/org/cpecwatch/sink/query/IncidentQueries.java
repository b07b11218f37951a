package org.cpecwatch.sink.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the incident register back, newest first; every value travels as a bind parameter. */
public final class IncidentQueries {

    /** The name enrich gives Chinese victims in {@code killedByNationality} and {@code injuredByNationality}. */
    static final String CHINESE = "Chinese";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUMMARY_COLUMNS = "i.id, i.type, i.incident_date, i.date_precision, i.place,"
            + " i.province, i.killed, i.injured, i.perpetrator, i.perpetrator_claimed, i.report_count, i.background,"
            + " i.lat, i.lon, i.killed_by_nationality, i.injured_by_nationality, i.conflicts";

    private final Connection connection;

    public IncidentQueries(Connection connection) {
        this.connection = connection;
    }

    public List<IncidentSummary> find(IncidentFilter filter) throws SQLException {
        try (PreparedStatement s = prepare("SELECT " + SUMMARY_COLUMNS + " FROM incidents i", filter)) {
            return summaries(s);
        }
    }

    /** The incident with its conflicting values, the articles reporting it and its full record; empty if unknown. */
    public Optional<IncidentDetail> byId(String id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT " + SUMMARY_COLUMNS + ", i.record_json FROM incidents i WHERE i.id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IncidentDetail(summary(rs), conflicts(json(rs.getString("conflicts"))),
                        reports(id), rs.getString("record_json")));
            }
        }
    }

    /** The incidents an article reports, newest first. */
    public List<IncidentSummary> reportedBy(String articleId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM incidents i"
                + " JOIN incident_reports r ON r.incident_id = i.id WHERE r.article_id = ?"
                + " ORDER BY i.incident_date DESC NULLS LAST, i.id")) {
            s.setString(1, articleId);
            return summaries(s);
        }
    }

    /** The full Incident record (JSON, one line) of every match, in the order {@link #find} lists them. */
    public void exportJson(IncidentFilter filter, Consumer<String> out) throws SQLException {
        try (PreparedStatement s = prepare("SELECT i.record_json FROM incidents i", filter); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.accept(rs.getString(1));
            }
        }
    }

    private PreparedStatement prepare(String select, IncidentFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder(select).append(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.since() != null) {
            // A month- or year-precision date ("2024-11") compares with the same prefix of the day asked for.
            sql.append(" AND i.incident_date >= substr(?, 1, length(i.incident_date))");
            parameters.add(filter.since().toString());
        }
        if (filter.until() != null) {
            // A month- or year-precision date sorts before the days it contains, so it counts as reaching them.
            sql.append(" AND substr(i.incident_date, 1, 10) <= ?");
            parameters.add(filter.until().toString());
        }
        if (filter.province() != null) {
            sql.append(" AND lower(i.province) = ?");
            parameters.add(filter.province().toLowerCase(Locale.ROOT));
        }
        if (filter.type() != null) {
            sql.append(" AND i.type = ?");
            parameters.add(filter.type().toUpperCase(Locale.ROOT));
        }
        sql.append(" ORDER BY i.incident_date DESC NULLS LAST, i.id");
        if (filter.limit() != null) {
            sql.append(" LIMIT ?");
            parameters.add(filter.limit());
        }
        PreparedStatement s = connection.prepareStatement(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
        return s;
    }

    private static List<IncidentSummary> summaries(PreparedStatement s) throws SQLException {
        List<IncidentSummary> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(summary(rs));
            }
        }
        return found;
    }

    private static IncidentSummary summary(ResultSet rs) throws SQLException {
        return new IncidentSummary(rs.getString("id"), rs.getString("type"), rs.getString("incident_date"),
                rs.getString("date_precision"), rs.getString("place"), rs.getString("province"),
                nullableInt(rs, "killed"), nullableInt(rs, "injured"), rs.getString("perpetrator"),
                rs.getBoolean("perpetrator_claimed"), rs.getInt("report_count"), rs.getBoolean("background"),
                nullableDouble(rs, "lat"), nullableDouble(rs, "lon"),
                chinese(rs.getString("killed_by_nationality")), chinese(rs.getString("injured_by_nationality")),
                json(rs.getString("conflicts")).size());
    }

    private List<String> reports(String incidentId) throws SQLException {
        List<String> articles = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT article_id FROM incident_reports WHERE incident_id = ? ORDER BY article_id")) {
            s.setString(1, incidentId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    articles.add(rs.getString(1));
                }
            }
        }
        return articles;
    }

    /** The Chinese count of a by-nationality column; null when no report names Chinese victims. */
    private static Integer chinese(String byNationality) {
        JsonNode count = json(byNationality).get(CHINESE);
        return count == null || !count.canConvertToInt() ? null : count.asInt();
    }

    private static List<ConflictingValue> conflicts(JsonNode array) {
        List<ConflictingValue> conflicts = new ArrayList<>();
        for (JsonNode c : array) {
            List<String> articles = new ArrayList<>();
            c.path("articleIds").forEach(a -> articles.add(a.asText()));
            conflicts.add(new ConflictingValue(c.path("field").asText(), c.path("value").asText(), List.copyOf(articles)));
        }
        return conflicts;
    }

    private static JsonNode json(String text) {
        try {
            return text == null ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the register holds JSON that does not parse: " + e.getOriginalMessage(), e);
        }
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
