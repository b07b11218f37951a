package org.cpecwatch.ingest.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.sqlite.SQLiteConfig;

/**
 * Two small tables, created on first use: a row per dropped file and a row per article it yielded, so a JSONL
 * file can have many keys. SQLite's {@code user_version} says which layout the file has.
 */
final class LedgerSchema {

    static final int VERSION = 1;

    private static final String[] CREATE = {
            """
            CREATE TABLE IF NOT EXISTS ledger_files (
                id            INTEGER PRIMARY KEY,
                name          TEXT    NOT NULL,
                path          TEXT    NOT NULL,
                size_bytes    INTEGER NOT NULL,
                content_type  TEXT,
                charset       TEXT,
                state         TEXT    NOT NULL,
                attempts      INTEGER NOT NULL DEFAULT 0,
                last_error    TEXT,
                error_class   TEXT,
                duplicate_of  TEXT,
                discovered_at TEXT    NOT NULL,
                updated_at    TEXT    NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS ledger_files_path ON ledger_files(path)",
            "CREATE INDEX IF NOT EXISTS ledger_files_state ON ledger_files(state)",
            """
            CREATE TABLE IF NOT EXISTS ledger_articles (
                file_id         INTEGER NOT NULL REFERENCES ledger_files(id) ON DELETE CASCADE,
                line            INTEGER,
                hash            TEXT    NOT NULL,
                topic           TEXT,
                kafka_partition INTEGER,
                kafka_offset    INTEGER,
                published_at    TEXT)""",
            "CREATE INDEX IF NOT EXISTS ledger_articles_hash ON ledger_articles(hash)",
            "CREATE INDEX IF NOT EXISTS ledger_articles_file ON ledger_articles(file_id)"};

    private LedgerSchema() {
    }

    /** A connection to {@code file} with the tables in place, the file and its folder created when missing. */
    static Connection connect(Path file) throws SQLException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new SQLException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig settings = new SQLiteConfig();
        // Ingest batches reads and writes in one transaction; a deferred one that reads first fails at once with
        // SQLITE_BUSY when another process wrote meanwhile. IMMEDIATE takes the write lock up front, waiting politely.
        settings.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().normalize(),
                settings.toProperties());
        try {
            configure(connection);
            ensure(connection);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // WAL: `cpecwatch files` and `retry` read and write while `run` writes, without blocking each other long.
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA busy_timeout=5000");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA synchronous=NORMAL");
        }
    }

    private static void ensure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            int found = version(s);
            if (found > VERSION) {
                throw new SQLException("the ingest ledger has layout " + found + ", newer than this cpecwatch ("
                        + VERSION + "): use the newer cpecwatch");
            }
            for (String sql : CREATE) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version=" + VERSION);
        }
    }

    private static int version(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
