package org.cpecwatch.sink.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite, the embedded default: one file, WAL so readers never block the sink, FTS5 for text search. */
public final class SqliteDialect implements Dialect {

    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Set<SQLiteErrorCode> ROW_REFUSALS = Set.of(SQLiteErrorCode.SQLITE_CONSTRAINT,
            SQLiteErrorCode.SQLITE_TOOBIG, SQLiteErrorCode.SQLITE_MISMATCH);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public String jsonParameter() {
        return "?";
    }

    @Override
    public String timestampParameter() {
        return "?";
    }

    @Override
    public String textMatch() {
        return "a.row_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)";
    }

    /** Each word or "quoted phrase" becomes an FTS5 string, so all must match and no character is an operator. */
    @Override
    public String textQuery(String userText) {
        List<String> terms = new ArrayList<>();
        Matcher m = TERM.matcher(userText);
        while (m.find()) {
            String term = m.group(1) != null ? m.group(1) : m.group(2);
            String words = String.join(" ", term.split("[^\\p{L}\\p{N}]+")).strip();
            if (!words.isEmpty()) {
                terms.add('"' + words + '"');
            }
        }
        return terms.isEmpty() ? "\"\"" : String.join(" ", terms);
    }

    @Override
    public String isoDate(String timestampColumn) {
        return "substr(" + timestampColumn + ", 1, 10)";
    }

    @Override
    public String jsonText(String column, String field) {
        return "json_extract(" + column + ", '$." + field + "')";
    }

    @Override
    public String readTimestamp(ResultSet rs, String column) throws SQLException {
        return rs.getString(column);
    }

    @Override
    public boolean refusesRow(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            // Extended codes (SQLITE_CONSTRAINT_CHECK, SQLITE_CONSTRAINT_NOTNULL, ...) share the primary code's low byte.
            return ROW_REFUSALS.stream().anyMatch(r -> (code.code & 0xFF) == r.code);
        }
        return false;
    }

    /** One: SQLite takes one writer at a time, a second connection would only wait for the lock. */
    @Override
    public int parallelWriters() {
        return 1;
    }

    @Override
    public void configure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA busy_timeout=5000");
            s.execute("PRAGMA foreign_keys=ON");
            // WAL with NORMAL sync survives a process crash; only an OS crash may lose the last commits.
            s.execute("PRAGMA synchronous=NORMAL");
        }
    }
}
