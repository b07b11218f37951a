package org.cpecwatch.sink.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads the incident register back, newest first; every value travels as a bind parameter. */
public final class IncidentQueries {

    private final Connection connection;

    public IncidentQueries(Connection connection) {
        this.connection = connection;
    }

    public List<IncidentSummary> find(IncidentFilter filter) throws SQLException {
        List<IncidentSummary> found = new ArrayList<>();
        try (PreparedStatement s = prepare("SELECT id, type, incident_date, date_precision, place, province, killed,"
                + " injured, perpetrator, perpetrator_claimed, report_count, background FROM incidents", filter);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new IncidentSummary(rs.getString("id"), rs.getString("type"), rs.getString("incident_date"),
                        rs.getString("date_precision"), rs.getString("place"), rs.getString("province"),
                        nullableInt(rs, "killed"), nullableInt(rs, "injured"), rs.getString("perpetrator"),
                        rs.getBoolean("perpetrator_claimed"), rs.getInt("report_count"), rs.getBoolean("background")));
            }
        }
        return found;
    }

    /** The full Incident record (JSON, one line) of every match, in the order {@link #find} lists them. */
    public void exportJson(IncidentFilter filter, Consumer<String> out) throws SQLException {
        try (PreparedStatement s = prepare("SELECT record_json FROM incidents", filter); ResultSet rs = s.executeQuery()) {
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
            sql.append(" AND incident_date >= substr(?, 1, length(incident_date))");
            parameters.add(filter.since().toString());
        }
        if (filter.province() != null) {
            sql.append(" AND lower(province) = ?");
            parameters.add(filter.province().toLowerCase(Locale.ROOT));
        }
        sql.append(" ORDER BY incident_date DESC NULLS LAST, id");
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

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
