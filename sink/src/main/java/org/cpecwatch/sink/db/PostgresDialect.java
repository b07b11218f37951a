package org.cpecwatch.sink.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.cpecwatch.schemas.topic.Topics;

/** PostgreSQL, for production: jsonb for the full record, a generated tsvector with a GIN index for text search. */
public final class PostgresDialect implements Dialect {

    // Data exception, integrity constraint violation, program limit exceeded (a value too large).
    private static final Set<String> ROW_REFUSAL_CLASSES = Set.of("22", "23", "54");

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/postgresql";
    }

    @Override
    public String jsonParameter() {
        return "?::jsonb";
    }

    @Override
    public String timestampParameter() {
        return "?::timestamptz";
    }

    @Override
    public String textMatch() {
        return "a.search @@ websearch_to_tsquery('english', ?)";
    }

    /** websearch_to_tsquery already accepts anything a person types: words, "phrases", or, -not. */
    @Override
    public String textQuery(String userText) {
        return userText;
    }

    @Override
    public String isoDate(String timestampColumn) {
        return "to_char(" + timestampColumn + " AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
    }

    @Override
    public String jsonText(String column, String field) {
        return "(" + column + " ->> '" + field + "')";
    }

    @Override
    public String readTimestamp(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : Timestamps.format(value.withOffsetSameInstant(ZoneOffset.UTC).toInstant());
    }

    @Override
    public boolean refusesRow(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.length() >= 2 && ROW_REFUSAL_CLASSES.contains(state.substring(0, 2));
    }

    /** One per partition of the enriched topic: the server indexes text on as many cores as it gets. */
    @Override
    public int parallelWriters() {
        return Topics.enriched().partitions();
    }

    @Override
    public void configure(Connection connection) {
        // Nothing per connection: the server holds the settings.
    }
}
