package org.cpecwatch.sink.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A database the sink can use, chosen by its JDBC URL: {@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://...}.
 * Opening it runs the dialect's Flyway migrations, so the schema is always the one the code expects.
 */
public final class Database {

    private static final String SQLITE = "jdbc:sqlite:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    private final String url;
    private final Dialect dialect;
    /** Sent as a connection property, never put in the URL, which appears in messages and the data folder. */
    private final String password;

    private Database(String url, Dialect dialect) {
        this(url, dialect, null);
    }

    private Database(String url, Dialect dialect, String password) {
        this.url = url;
        this.dialect = dialect;
        this.password = password;
    }

    /** The same database, signed in to with this password (from an environment variable or a file, not a flag). */
    public Database withPassword(String secret) {
        return new Database(url, dialect, secret);
    }

    /** A file path, {@code jdbc:sqlite:PATH} or a PostgreSQL JDBC URL. */
    public static Database of(String location) {
        Objects.requireNonNull(location, "location");
        if (location.startsWith(POSTGRESQL)) {
            return new Database(withSinkSettings(location), new PostgresDialect());
        }
        if (location.startsWith(SQLITE)) {
            return sqlite(Path.of(location.substring(SQLITE.length())));
        }
        if (location.startsWith("jdbc:")) {
            throw new IllegalArgumentException("unsupported database " + location
                    + ": use a SQLite file path, jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB");
        }
        return sqlite(Path.of(location));
    }

    /**
     * Driver settings the sink relies on, unless the URL sets them: batches of inserts sent as one multi-row
     * statement (several times faster), and a socket that gives up on a server that vanished mid-query instead of
     * waiting forever (the sink then reconnects).
     */
    private static String withSinkSettings(String url) {
        String result = url;
        for (String setting : List.of("reWriteBatchedInserts=true", "tcpKeepAlive=true", "socketTimeout=300")) {
            String name = setting.substring(0, setting.indexOf('='));
            if (!result.contains(name + "=")) {
                result += (result.contains("?") ? "&" : "?") + setting;
            }
        }
        return result;
    }

    public static Database sqlite(Path file) {
        return new Database(SQLITE + file.toAbsolutePath().normalize(), new SqliteDialect());
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL without credentials, for messages. */
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** A SQLite file that does not exist yet holds nothing; readers can say so without creating it. */
    public boolean isMissingSqliteFile() {
        return url.startsWith(SQLITE) && !Files.exists(Path.of(url.substring(SQLITE.length())));
    }

    public Connection connect() throws SQLException {
        if (url.startsWith(SQLITE)) {
            createParentFolder(Path.of(url.substring(SQLITE.length())));
        }
        java.util.Properties properties = new java.util.Properties();
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = DriverManager.getConnection(url, properties);
        try {
            dialect.configure(connection);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Brings the schema up to date; safe to call on every start. */
    public void migrate() throws SQLException {
        if (url.startsWith(SQLITE)) {
            createParentFolder(Path.of(url.substring(SQLITE.length())));
        }
        try {
            Flyway.configure()
                    .dataSource(url, null, password)
                    .locations(dialect.migrations())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            SQLException cause = rootSqlException(e);
            if (cause != null) {
                // Flyway's own message spans a dozen lines; the driver's says what happened in one.
                throw new SQLException("cannot use " + describe() + ": " + cause.getMessage(), cause.getSQLState(), e);
            }
            throw new SQLException("cannot migrate " + describe() + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static SQLException rootSqlException(Throwable e) {
        SQLException found = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }

    private static void createParentFolder(Path file) throws SQLException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new SQLException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
    }
}
