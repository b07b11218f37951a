package org.cpecwatch.sink.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the weekly counts per province back, oldest week first; every value travels as a bind parameter. */
public final class ProvinceWeekQueries {

    private final Connection connection;

    public ProvinceWeekQueries(Connection connection) {
        this.connection = connection;
    }

    /** The weeks the filter asks for, by week then province. */
    public List<ProvinceWeekRow> find(ProvinceWeekFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT province, week_start, relevant_articles, incidents FROM province_weeks WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.province() != null) {
            sql.append(" AND lower(province) = ?");
            parameters.add(filter.province().toLowerCase(Locale.ROOT));
        }
        if (filter.since() != null) {
            // The week a day falls in starts on the Monday before it: "since Wednesday" keeps that week.
            sql.append(" AND week_start >= ?");
            parameters.add(filter.since().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString());
        }
        if (filter.until() != null) {
            sql.append(" AND week_start <= ?");
            parameters.add(filter.until().toString());
        }
        sql.append(" ORDER BY week_start, province");
        List<ProvinceWeekRow> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new ProvinceWeekRow(rs.getString("province"), rs.getString("week_start"),
                            rs.getLong("relevant_articles"), rs.getLong("incidents")));
                }
            }
        }
        return found;
    }
}
