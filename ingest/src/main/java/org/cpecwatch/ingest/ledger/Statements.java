package org.cpecwatch.ingest.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The ledger's statements, each prepared once per connection. Ingest runs the same dozen statements for every
 * file; preparing one costs SQLite more than running it, so a prepare per call was a good part of ingest's time.
 * Used under the ledger's lock; a statement's result set is closed before the statement is used again.
 */
final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement of(String sql, Object... values) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        return ps;
    }

    int update(String sql, Object... values) throws SQLException {
        return of(sql, values).executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : prepared.values()) {
            ps.close();
        }
        prepared.clear();
    }
}
