package org.cpecwatch.sink.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the incident register back, newest first. */
public final class IncidentQueries {

    private final Connection connection;

    public IncidentQueries(Connection connection) {
        this.connection = connection;
    }

    public List<IncidentSummary> find(IncidentFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, type, incident_date, place, province, killed, injured,"
                + " perpetrator, report_count FROM incidents WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.since() != null) {
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
        List<IncidentSummary> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new IncidentSummary(rs.getString("id"), rs.getString("type"), rs.getString("incident_date"),
                            rs.getString("place"), rs.getString("province"), (Integer) nullable(rs, "killed"),
                            (Integer) nullable(rs, "injured"), rs.getString("perpetrator"), rs.getInt("report_count")));
                }
            }
        }
        return found;
    }

    private static Object nullable(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
