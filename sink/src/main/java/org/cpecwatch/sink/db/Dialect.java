package org.cpecwatch.sink.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What differs between the databases the sink writes to; everything else is one shared SQL. */
public interface Dialect {

    String name();

    /** Flyway location of this dialect's migrations. */
    String migrations();

    /** A bind parameter for a JSON document, with the cast the database needs. */
    String jsonParameter();

    /** A bind parameter for an ISO-8601 instant, with the cast the database needs. */
    String timestampParameter();

    /** A condition on the articles table (aliased {@code a}) matching a full-text query bound to one parameter. */
    String textMatch();

    /** The user's search words as this database's full-text engine wants them; never a syntax error. */
    String textQuery(String userText);

    /** An expression giving the yyyy-MM-dd date of a timestamp column. */
    String isoDate(String timestampColumn);

    /** An expression giving one text field of a JSON object column ({@code field} is a fixed name, never input). */
    String jsonText(String column, String field);

    /** Reads a timestamp column back as ISO-8601 UTC text, whatever type the database stores it as. */
    String readTimestamp(ResultSet rs, String column) throws SQLException;

    /**
     * True only when the database refused the data itself (a constraint, a value out of range, a row too large):
     * the one failure that retrying cannot cure. Everything else (down, locked, permissions, schema drift) is
     * waited out, so no good article is ever dead-lettered because the database was unwell.
     */
    boolean refusesRow(SQLException e);

    /** How many connections may usefully write at once. */
    int parallelWriters();

    /** Per-connection settings. */
    void configure(Connection connection) throws SQLException;
}
