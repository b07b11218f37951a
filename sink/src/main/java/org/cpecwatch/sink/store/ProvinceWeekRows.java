package org.cpecwatch.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpecwatch.sink.db.Dialect;

/**
 * The SQL that keeps {@code province_weeks}: one row per province and week, replaced by each record and deleted by
 * a tombstone, so a replay changes nothing. The caller owns the transaction.
 */
final class ProvinceWeekRows {

    private final String upsert;

    ProvinceWeekRows(Dialect dialect) {
        this.upsert = """
                INSERT INTO province_weeks (province, week_start, relevant_articles, incidents, updated_at)
                VALUES (?, ?, ?, ?, %s)
                ON CONFLICT (province, week_start) DO UPDATE SET
                    relevant_articles = excluded.relevant_articles, incidents = excluded.incidents,
                    updated_at = excluded.updated_at
                """.formatted(dialect.timestampParameter());
    }

    void write(Connection c, List<ProvinceWeekChange> changes, String storedAt) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        List<ProvinceWeekChange> latest = latestPerKey(changes);
        try (PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM province_weeks WHERE province = ? AND week_start = ?");
             PreparedStatement put = c.prepareStatement(upsert)) {
            for (ProvinceWeekChange change : latest) {
                if (change.isRemoval()) {
                    delete.setString(1, change.province());
                    delete.setString(2, change.weekStart());
                    delete.addBatch();
                } else {
                    put.setString(1, change.province());
                    put.setString(2, change.weekStart());
                    put.setLong(3, change.week().getRelevantArticles());
                    put.setLong(4, change.week().getIncidents());
                    put.setString(5, storedAt);
                    put.addBatch();
                }
            }
            delete.executeBatch();
            put.executeBatch();
        }
    }

    /**
     * The last change of each key, as the topic orders them: counts replaced or removed twice within a batch end as
     * the later record says, and no statement touches a row twice (PostgreSQL refuses that in one upsert).
     */
    private static List<ProvinceWeekChange> latestPerKey(List<ProvinceWeekChange> changes) {
        Map<String, ProvinceWeekChange> latest = new LinkedHashMap<>();
        for (ProvinceWeekChange change : changes) {
            latest.remove(change.key());
            latest.put(change.key(), change);
        }
        return List.copyOf(latest.values());
    }
}
